package app.quarry.generation;

import java.util.Locale;

/**
 * The noun a year stands before, past the name that qualifies it: "1994 Acme 400 win" is
 * a win, "2012 Roe Cup title" a title. A name alone after the year ("2011 Acme Expo") has
 * no lower-case noun within reach, and its first word is returned.
 */
final class HeadNouns {

	/** How many words of a name may stand between a year and its noun. */
	private static final int NAME_WORDS = 4;

	private HeadNouns() {
	}

	/** The noun after a year, in lower case, from the words that follow it. */
	static String after(String words) {
		String[] tokens = words.strip().split("\\s+");
		String first = tokens.length == 0 ? "" : firstWord(tokens[0]);
		for (int i = 0; i < Math.min(tokens.length, NAME_WORDS + 1); i++) {
			String t = tokens[i];
			if (t.isEmpty()) {
				break;
			}
			if (Character.isLowerCase(t.charAt(0))) {
				return i == 0 || !endsAPhrase(tokens, i) ? firstWord(t) : first;
			}
			if (!Character.isUpperCase(t.charAt(0)) && !Character.isDigit(t.charAt(0)) || endsAPhrase(tokens, i + 1)) {
				break;
			}
		}
		return first;
	}

	/** Whether a word before {@code i} closes its phrase with punctuation. */
	private static boolean endsAPhrase(String[] tokens, int i) {
		return i > 0 && tokens[i - 1].matches(".*[,;:.)\"”]$");
	}

	private static String firstWord(String token) {
		return token.split("[^\\p{L}]", 2)[0].toLowerCase(Locale.ROOT);
	}

}
