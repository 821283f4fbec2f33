package app.quarry.corpus;

/**
 * Why a document was not taken in: the file (as named by the user) and the reason, in
 * words the user can act on.
 */
public record DocumentRefusal(String file, String reason) {

	/** One line: "FILE: reason". */
	public String message() {
		return this.file + ": " + this.reason;
	}

}
