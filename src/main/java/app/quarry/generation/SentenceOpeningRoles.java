package app.quarry.generation;

import java.util.regex.Pattern;

/**
 * A role that opens its sentence carries the sentence's capital ("Tennis player Ann Roe
 * won", "Aviation analyst Tom Hale said"), which a question then shows mid-sentence as
 * "Who is described as the Tennis player?" and which may read as another word ("the Pole
 * vaulter"). The capital is the sentence's, not the word's, when the role has no other
 * capital and the document writes its first word in lower case elsewhere; a word never
 * written so ("London mayor", "Kansas senator") keeps it.
 */
final class SentenceOpeningRoles {

	/** A capitalized first word followed only by lowercase words. */
	private static final Pattern ONE_CAPITAL = Pattern.compile("^(\\p{Lu}\\p{Ll}+)((?: [\\p{Ll}][\\p{Ll}-]*)+)$");

	private SentenceOpeningRoles() {
	}

	/** The role with its first letter in lower case where only the sentence gave it. */
	static String lowered(String sentence, String documentText, String role) {
		// the cheap test first: most roles do not open their sentence
		if (!sentence.stripLeading().startsWith(role)) {
			return role;
		}
		var matcher = ONE_CAPITAL.matcher(role);
		if (!matcher.matches()) {
			return role;
		}
		String word = matcher.group(1);
		String lower = word.toLowerCase(java.util.Locale.ROOT);
		if (!standsAlone(documentText, lower)) {
			return role;
		}
		return lower + matcher.group(2);
	}

	/**
	 * Whether the text has the word with no letter or hyphen either side. Looked up
	 * rather than matched: the whole document is searched for each such role.
	 */
	private static boolean standsAlone(String text, String word) {
		for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
			int end = at + word.length();
			if ((at == 0 || !letterOrHyphen(text.codePointBefore(at)))
					&& (end == text.length() || !letterOrHyphen(text.codePointAt(end)))) {
				return true;
			}
		}
		return false;
	}

	private static boolean letterOrHyphen(int c) {
		return c == '-' || Character.isLetter(c);
	}

}
