package app.quarry.generation.extract.people;

/**
 * A possessive written with an apostrophe alone after a name ending in "s" ("Jones'
 * lawyer", "Kansas' governor"), which British and wire styles both use. Read as "’s", the
 * owner is no longer taken for the subject of the clause its role opens. A closing single
 * quotation mark looks the same, so an apostrophe is a possessive only when no single
 * quotation mark opened before it on the same line.
 */
final class BareApostrophes {

	/** How far back an opening single quotation mark is looked for. */
	private static final int QUOTE_REACH = 300;

	private BareApostrophes() {
	}

	/**
	 * Whether the apostrophe at {@code apostrophe}, right after the word that starts at
	 * {@code wordStart}, marks that word's possessive.
	 */
	static boolean possessive(String text, int wordStart, int apostrophe, int to) {
		if (apostrophe + 2 >= to) {
			return false;
		}
		char mark = text.charAt(apostrophe);
		char last = text.charAt(apostrophe - 1);
		if (mark != '\'' && mark != '’' || last != 's' || !Character.isUpperCase(text.charAt(wordStart))
				|| text.charAt(apostrophe + 1) != ' ' || !Character.isLetter(text.charAt(apostrophe + 2))) {
			return false;
		}
		return !openQuoteBefore(text, wordStart);
	}

	private static boolean openQuoteBefore(String text, int from) {
		for (int k = from - 1; k >= 0 && k >= from - QUOTE_REACH; k--) {
			char c = text.charAt(k);
			if (c == '\n' || c == '\r') {
				return false;
			}
			if (c == '‘') {
				return true;
			}
			if (c == '\'' && (k == 0 || !Character.isLetterOrDigit(text.charAt(k - 1))) && k + 1 < text.length()
					&& Character.isLetterOrDigit(text.charAt(k + 1))) {
				return true; // "'Greens' said": a quotation mark opened before
			}
		}
		return false;
	}

}
