package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * "Brovo, a fast-growing, acquisition-minded retailer,", "the Grand, a tall, castle-like
 * hotel,": adjectives of equal rank before a noun are separated by commas, and such a
 * comma ends no apposition. The comma joins two adjectives when every word between the
 * description's article and the comma is an adjective by its form or a common plain
 * adjective, and a lower-case word that may stand in a noun phrase follows it.
 */
final class CoordinateAdjectives {

	/** Plain adjectives that show nothing of their kind in their spelling. */
	private static final Set<String> PLAIN = NameLexicon.words("tall", "short", "small", "big", "large", "huge", "tiny",
			"vast", "long", "old", "new", "young", "high", "low", "wide", "narrow", "rich", "poor", "fast", "slow",
			"quiet", "busy", "strong", "weak", "cheap", "modern", "ancient", "private", "public", "popular", "famous",
			"bright", "dark", "heavy", "light", "thin", "thick", "deep", "brash", "bold", "lean", "tough", "shy",
			"proud", "sleek", "squat", "white", "black", "red", "green", "blue", "grey", "gray", "brown", "yellow");

	/** Endings that mark an English word as an adjective or participle. */
	private static final String[] ENDINGS = { "ous", "ful", "ive", "ic", "ical", "able", "ible", "less", "ish", "ing",
			"ed", "like", "est" };

	/** Words that may not stand in a noun phrase after the comma. */
	private static final Set<String> NOT_AFTER = NameLexicon.words("and", "or", "but", "who", "which", "that", "whose",
			"said", "says");

	private static final int MAX_ADJECTIVES = 3;

	private CoordinateAdjectives() {
	}

	/**
	 * True when the comma at {@code comma} separates adjectives of a description whose
	 * words after its article start at {@code from}: the phrase goes on after it.
	 */
	static boolean joins(DocumentTokens doc, int from, int comma) {
		if (comma <= from || comma - from > MAX_ADJECTIVES || comma + 1 >= doc.size() || !doc.get(comma).is(",")
				|| doc.boundaryBefore(comma + 1)) {
			return false;
		}
		for (int t = from; t < comma; t++) {
			Token token = doc.get(t);
			if (!token.word() || token.capitalized() || !adjective(token.lower())) {
				return false;
			}
		}
		Token next = doc.get(comma + 1);
		String lower = next.lower();
		return next.word() && !next.capitalized() && !NOT_AFTER.contains(lower)
				&& !NameLexicon.FUNCTION_WORDS.contains(lower) && !NameLexicon.PREPOSITIONS.contains(lower)
				&& !OrganisationFinder.VERBS.contains(lower) && !SpeechVerbs.isSpeechVerb(lower);
	}

	/** Whether {@code lower} is an adjective by its form or a common plain one. */
	static boolean adjective(String lower) {
		if (NameLexicon.isRoleNoun(lower)) {
			return false;
		}
		if (PLAIN.contains(lower) || lower.indexOf('-') > 0 && !lower.endsWith("-")) {
			return true;
		}
		for (String ending : ENDINGS) {
			if (lower.length() > ending.length() + 2 && lower.endsWith(ending)) {
				return true;
			}
		}
		return false;
	}

}
