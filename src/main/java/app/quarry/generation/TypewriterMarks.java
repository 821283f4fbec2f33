package app.quarry.generation;

/**
 * The quotation marks of wire copy and older newspaper archives, two backticks to open
 * and two apostrophes to close (or, typed in a hurry, two apostrophes to open), shown in
 * a prompt as the typographic marks they stand for: a sentence that opens a quotation
 * ("``Yet the clerk, by waiting three hours ...''") reads as one that opens with “, and
 * its marks pair up as ordinary ones do.
 */
final class TypewriterMarks {

	private TypewriterMarks() {
	}

	/** Whether the text uses the convention: two backticks, or two apostrophes. */
	static boolean used(String text) {
		return text.contains("``") || text.contains("''");
	}

	/**
	 * The text with its typewriter marks made typographic. Two apostrophes after a digit
	 * are inches ("a 13'' screen") and stay as they are.
	 */
	static String curled(String text) {
		if (!used(text)) {
			return text;
		}
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean pair = i + 1 < text.length() && text.charAt(i + 1) == c;
			if (c == '`' && pair) {
				out.append('“');
				i++;
			}
			else if (c == '\'' && pair && !(i > 0 && Character.isDigit(text.charAt(i - 1)))) {
				out.append(opensWords(text, i) ? '“' : '”');
				i++;
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}

	/** Two apostrophes at the start or after a blank, before a word, open a quotation. */
	private static boolean opensWords(String text, int i) {
		boolean afterSpace = i == 0 || Character.isWhitespace(text.charAt(i - 1)) || text.charAt(i - 1) == '(';
		return afterSpace && i + 2 < text.length() && Character.isLetterOrDigit(text.charAt(i + 2));
	}

}
