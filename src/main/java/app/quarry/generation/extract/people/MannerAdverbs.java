package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * "Roe jokingly remarked", "Doe angrily told reporters": a word in -ly that tells how
 * something was said may stand between a subject and its verb as "also" or "later" do.
 * Nouns that end the same way ("the Roe family said", "an ally said") are not adverbs.
 */
final class MannerAdverbs {

	/** Shortest adverb read by its ending: "coyly", "dryly". */
	private static final int MIN_LENGTH = 5;

	private static final Set<String> NOUNS_IN_LY = NameLexicon.words("family", "ally", "rally", "tally", "supply",
			"reply", "assembly", "monopoly", "anomaly", "belly", "bully", "jelly", "lily", "folly", "homily",
			"butterfly", "dragonfly", "melancholy", "holly", "gully", "sully", "jolly", "lolly", "trolley", "doily",
			"filly", "jelly", "panoply", "oligopoly", "firefly", "housefly");

	private MannerAdverbs() {
	}

	/** Whether the token is a lower-case adverb in -ly. */
	static boolean at(Token token) {
		String lower = token.lower();
		return token.word() && !token.capitalized() && lower.length() >= MIN_LENGTH && lower.endsWith("ly")
				&& !NOUNS_IN_LY.contains(lower);
	}

}
