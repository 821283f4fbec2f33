package app.quarry.generation.extract;

import java.util.Set;

/** Small word lists for telling what a number counts, without a tagger. */
final class Nouns {

	/** Words that are never the thing counted. */
	static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "and",
			"or", "but", "nor", "with", "from", "as", "that", "which", "who", "whom", "whose", "this", "these", "those",
			"it", "its", "is", "was", "were", "are", "be", "been", "being", "has", "have", "had", "do", "does", "did",
			"will", "would", "can", "could", "should", "may", "might", "must", "shall", "not", "no", "than", "then",
			"there", "here", "also", "only", "just", "about", "over", "under", "into", "onto", "after", "before",
			"since", "until", "while", "when", "where", "why", "how", "all", "both", "each", "every", "other",
			"another", "such", "more", "most", "less", "least", "very", "too", "so", "if", "he", "she", "they", "we",
			"i", "you", "his", "her", "their", "our", "your", "my", "us", "him", "them", "me", "time", "ever", "again",
			"thus", "per", "percent", "among", "between", "across", "against", "without", "within", "via");

	/** Words that bound a number rather than name what it counts: "About 54,000". */
	static final Set<String> QUANTIFIERS = Set.of("about", "nearly", "almost", "around", "approximately", "roughly",
			"some", "exactly", "just", "only", "all", "another", "least", "fewer", "estimated", "up", "down", "total");

	/** Words ending in s that are not plural nouns. */
	private static final Set<String> NOT_PLURAL = Set.of("was", "is", "has", "this", "its", "his", "us", "as", "yes",
			"less", "unless", "across", "thus", "always", "perhaps", "whereas", "news", "series", "species", "plus",
			"towards", "afterwards", "besides", "does", "sometimes", "nevertheless", "regardless", "various",
			"previous", "serious", "famous", "numerous", "obvious", "ous");

	/** Units that make a duration rather than a count. */
	static final Set<String> TIME_UNITS = Set.of("second", "minute", "hour", "day", "week", "month", "year", "decade",
			"century", "seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades", "centuries");

	private static final Set<String> ADJECTIVES = Set.of("full", "additional", "official", "personal", "big", "major",
			"new", "such", "direct", "formal", "joint", "annual", "separate", "single", "more", "other", "large",
			"small", "top", "key", "main", "last", "straight", "consecutive", "successive", "recent", "known",
			"different", "senior", "former", "high", "low", "long", "short", "few", "private", "public", "secret",
			"largest", "biggest", "highest", "lowest", "worst", "best", "greatest", "smallest", "longest", "fastest",
			"deadliest", "busiest", "oldest", "youngest", "female", "male", "common", "preferred", "ordinary");

	/**
	 * Adverbs and prepositions that may follow a bare number in a list of parts ("and one
	 * overseas", "two apiece", "and one near the border"): where or how, never the thing
	 * counted, nor a day ("one more today").
	 */
	static final Set<String> ADVERBS_AFTER_A_NUMBER = Set.of("abroad", "overseas", "apiece", "away", "aboard", "ashore",
			"ahead", "behind", "alone", "together", "altogether", "instead", "elsewhere", "nationwide", "worldwide",
			"near", "nearby", "outside", "inside", "beyond", "around", "along", "through", "toward", "towards",
			"during", "despite", "like", "unlike", "above", "below", "beneath", "beside", "off", "out", "today",
			"yesterday", "tomorrow", "tonight");

	private Nouns() {
	}

	static boolean isPlural(String word) {
		return word.length() > 2 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("ous")
				&& !NOT_PLURAL.contains(word) && !FUNCTION_WORDS.contains(word) || MenPlurals.is(word);
	}

	/** A word that describes rather than names the thing counted. */
	static boolean isModifier(String word) {
		return ADJECTIVES.contains(word) || word.indexOf('-') > 0 || word.endsWith("al") || word.endsWith("ful")
				|| word.endsWith("ive") || word.endsWith("ic") || word.endsWith("ed") || word.endsWith("able")
				|| word.endsWith("ible") || word.endsWith("less") || word.endsWith("ous");
	}

	static String singular(String word) {
		if (word.equals("people")) {
			return "person";
		}
		if (word.endsWith("ies") && word.length() > 4) {
			return word.substring(0, word.length() - 3) + "y";
		}
		if (word.endsWith("ches") || word.endsWith("shes") || word.endsWith("sses") || word.endsWith("xes")
				|| word.endsWith("zes")) {
			return word.substring(0, word.length() - 2);
		}
		if (word.endsWith("s") && !word.endsWith("ss")) {
			return word.substring(0, word.length() - 1);
		}
		return word;
	}

}
