package app.quarry.corpus;

import app.quarry.base.ShownText;

/**
 * Why a document was not taken in: the file (as named by the user) and the reason, in
 * words the user can act on.
 */
public record DocumentRefusal(String file, String reason) {

	/**
	 * One line: "FILE: reason", the file's name as the user can read it (a name is
	 * whatever the browser sent, bidi overrides and control characters included).
	 */
	public String message() {
		return ShownText.excerpt(this.file, 80) + ": " + this.reason;
	}

}
