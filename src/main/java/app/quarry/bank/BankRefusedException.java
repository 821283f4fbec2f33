package app.quarry.bank;

/**
 * A well-formed bank the import will not take as it is: it would retire more of the
 * current questions than allowed. Nothing is written.
 */
public class BankRefusedException extends RuntimeException {

	public BankRefusedException(String message) {
		super(message);
	}

}
