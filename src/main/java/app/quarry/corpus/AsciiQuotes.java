package app.quarry.corpus;

/**
 * Reads the typewriter convention for quotation marks that wire services and older
 * newspaper archives use — two backticks to open, two apostrophes to close, a single
 * backtick for a nested quotation — as the typographic marks they stand for, so every
 * reader of the clean text sees ordinary quotations. The length stays the same: each
 * two-character mark becomes one curly mark and a space on its outer side, so the mark
 * stays glued to the quoted words and every offset still indexes the stored text.
 */
final class AsciiQuotes {

	/**
	 * A pair of apostrophes opening words, after a space: the convention, typed in a
	 * hurry.
	 */
	private static final java.util.regex.Pattern OPENING_APOSTROPHES = java.util.regex.Pattern
		.compile("(?:^|[\\s(])''[\\p{L}\\d]");

	private AsciiQuotes() {
	}

	/** {@code text} with its typewriter quotation marks made typographic. */
	static String typographic(String text) {
		// a text without an opening pair does not use the convention: its apostrophes,
		// doubled or not, are left as they are (feet and inches, possessives)
		if (text.indexOf("``") < 0 && (text.indexOf("''") < 0 || !OPENING_APOSTROPHES.matcher(text).find())) {
			return text;
		}
		char[] chars = text.toCharArray();
		for (int i = 0; i < chars.length; i++) {
			if (chars[i] == '`' && i + 1 < chars.length && chars[i + 1] == '`') {
				chars[i] = ' ';
				chars[i + 1] = '“';
				i++;
			}
			else if (chars[i] == '\'' && i + 1 < chars.length && chars[i + 1] == '\'') {
				if (opensWords(chars, i)) {
					// typed in a hurry, a pair of apostrophes also opens: after a space,
					// before a word
					chars[i] = ' ';
					chars[i + 1] = '“';
				}
				else {
					chars[i] = '”';
					chars[i + 1] = ' ';
				}
				i++;
			}
			else if (chars[i] == '`' && i + 1 < chars.length && Character.isLetterOrDigit(chars[i + 1])) {
				chars[i] = '‘';
			}
		}
		return new String(chars);
	}

	private static boolean opensWords(char[] chars, int i) {
		boolean afterSpace = i == 0 || Character.isWhitespace(chars[i - 1]) || chars[i - 1] == '(';
		return afterSpace && i + 2 < chars.length && Character.isLetterOrDigit(chars[i + 2]);
	}

	/**
	 * A sentence start moved back over the first backtick (or apostrophe) of an opening
	 * pair, which the clean text blanked, so the stored sentence keeps its whole
	 * quotation mark: "''We were" as well as "``We were".
	 */
	static int markStart(String text, String clean, int start) {
		if (start <= 0 || clean.charAt(start - 1) != ' ') {
			return start;
		}
		char mark = text.charAt(start - 1);
		return mark == '`'
				|| mark == '\'' && start < text.length() && text.charAt(start) == '\'' && clean.charAt(start) == '“'
						? start - 1 : start;
	}

	/**
	 * A sentence end moved past the second apostrophe of a closing pair, for the same
	 * reason.
	 */
	static int markEnd(String text, String clean, int end) {
		return end < text.length() && text.charAt(end) == '\'' && clean.charAt(end) == ' '
				&& clean.charAt(end - 1) == '”' ? end + 1 : end;
	}

}
