package app.quarry.base;

/**
 * A logged-in principal that knows the name to greet its person by. The frame (in base)
 * shows it without depending on the account feature, which implements it.
 */
public interface NamedPrincipal {

	/** The name shown in the user menu, e.g. "Ada Lovelace". */
	String displayName();

}
