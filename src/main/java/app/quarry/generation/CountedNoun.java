package app.quarry.generation;

/**
 * Where the counted noun ends in the words after a count: " countries, such as" gives the
 * end of "countries". Read as the expression {@code (?i)^\s+(?:\S+\s+){0,2}?stem\w*}
 * would read it, without making an expression for each count: the noun's stem after the
 * spaces, or after one or two words ("two small island countries"), the fewest first, its
 * letters in either case.
 */
final class CountedNoun {

	/** How many words may stand between the count and its noun. */
	private static final int MAX_WORDS_BETWEEN = 2;

	private CountedNoun() {
	}

	/** The end of the noun and the word characters after its stem, or -1. */
	static int end(String after, String stem) {
		int at = spaces(after, 0);
		if (at == 0) {
			return -1;
		}
		for (int words = 0; words <= MAX_WORDS_BETWEEN; words++) {
			if (startsWithIgnoringAsciiCase(after, at, stem)) {
				int end = at + stem.length();
				while (end < after.length() && isWordChar(after.charAt(end))) {
					end++;
				}
				return end;
			}
			int wordEnd = at;
			while (wordEnd < after.length() && !isSpace(after.charAt(wordEnd))) {
				wordEnd++;
			}
			int next = spaces(after, wordEnd);
			if (wordEnd == at || next == wordEnd) {
				return -1;
			}
			at = next;
		}
		return -1;
	}

	private static int spaces(String text, int from) {
		int at = from;
		while (at < text.length() && isSpace(text.charAt(at))) {
			at++;
		}
		return at;
	}

	/** As {@code (?i)} without Unicode case compares: only ASCII letters fold. */
	private static boolean startsWithIgnoringAsciiCase(String text, int at, String stem) {
		if (at + stem.length() > text.length()) {
			return false;
		}
		for (int i = 0; i < stem.length(); i++) {
			if (lower(text.charAt(at + i)) != lower(stem.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	private static char lower(char c) {
		return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
	}

	/** What {@code \s} matches. */
	private static boolean isSpace(char c) {
		return c == ' ' || c >= '\t' && c <= '\r';
	}

	/** What {@code \w} matches. */
	private static boolean isWordChar(char c) {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
	}

}
