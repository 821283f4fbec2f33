package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * "J.L. Roe", "T.R. Hale": two initials written together, as business and wire copy often
 * give a first and a middle name. The same shape abbreviates countries, states, bodies
 * and times ("U.S.", "N.Y.", "U.N.", "P.M."), which are no one's initials.
 */
final class JoinedInitials {

	private static final Set<String> NOT_INITIALS = Set.of("us", "un", "uk", "eu", "ny", "dc", "la", "am", "pm", "bc",
			"ad", "nj", "nc", "sc", "nd", "sd", "nh", "ri", "wv", "ae", "ok", "tv", "ce", "hq", "ex", "pr", "st", "mt",
			"ft", "pt", "no", "vs", "ie", "eg", "fm");

	private JoinedInitials() {
	}

	/** Whether the word is two capital initials with their periods ("J.L."). */
	static boolean are(String word) {
		if (word.length() != 4 || word.charAt(1) != '.' || word.charAt(3) != '.'
				|| !Character.isUpperCase(word.charAt(0)) || !Character.isUpperCase(word.charAt(2))) {
			return false;
		}
		String letters = ("" + word.charAt(0) + word.charAt(2)).toLowerCase(java.util.Locale.ROOT);
		return !NOT_INITIALS.contains(letters);
	}

}
