package app.quarry.generation.extract;

import java.util.Set;

/**
 * Superlatives that come between an ordinal and what it ranks: "the fifth fastest time",
 * "the second biggest bank", "the third largest city".
 */
public final class Superlatives {

	private Superlatives() {
	}

	/** Nouns in -est, which are what is ranked, not how ("the second test"). */
	private static final Set<String> NOUNS = Set.of("test", "interest", "contest", "forest", "request", "protest",
			"quest", "chest", "guest", "harvest", "arrest", "conquest", "bequest", "west", "nest", "rest", "crest",
			"manifest", "digest", "priest", "inquest", "behest", "pest", "vest", "zest", "fest", "honest");

	/** Whether a lower-case word is a superlative: "largest", "best", not "test". */
	public static boolean is(String word) {
		return word.length() >= 5 && word.endsWith("est") && !NOUNS.contains(word) || word.equals("best")
				|| word.equals("worst");
	}

}
