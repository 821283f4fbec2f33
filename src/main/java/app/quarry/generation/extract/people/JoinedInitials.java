package app.quarry.generation.extract.people;

import java.util.Locale;
import java.util.Set;

/**
 * "J.L. Roe", "P.J. Hale", "J.R.R. Talbot": initials written together, as business and
 * wire copy often give a first and a middle name. The same shape abbreviates countries,
 * states, bodies and times ("U.S.", "N.Y.", "U.N.", "P.M.", "U.S.S.R."), which are no
 * one's initials.
 */
final class JoinedInitials {

	private static final Set<String> NOT_INITIALS = Set.of("us", "un", "uk", "eu", "ny", "dc", "la", "am", "pm", "bc",
			"ad", "nj", "nc", "sc", "nd", "sd", "nh", "ri", "wv", "ae", "ok", "tv", "ce", "hq", "ex", "pr", "st", "mt",
			"ft", "pt", "no", "vs", "ie", "eg", "fm", "usa", "ussr");

	private JoinedInitials() {
	}

	/**
	 * Whether the word is two to four capital initials, each with its period ("J.L.").
	 */
	static boolean are(String word) {
		int length = word.length();
		if (length < 4 || length > 8 || length % 2 != 0) {
			return false;
		}
		StringBuilder letters = new StringBuilder();
		for (int i = 0; i < length; i += 2) {
			if (!Character.isUpperCase(word.charAt(i)) || word.charAt(i + 1) != '.') {
				return false;
			}
			letters.append(word.charAt(i));
		}
		return !NOT_INITIALS.contains(letters.toString().toLowerCase(Locale.ROOT));
	}

}
