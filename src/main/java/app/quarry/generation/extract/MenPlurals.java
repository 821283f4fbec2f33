package app.quarry.generation.extract;

import java.util.Set;

/**
 * "fishermen", "gunmen", "congresswomen": plurals of nouns ending in "-man", which take
 * no "s" ("two American fishermen" counts fishermen); "specimen" or "regimen" only end
 * alike.
 */
final class MenPlurals {

	private static final Set<String> SINGULARS = Set.of("specimen", "regimen", "abdomen", "acumen", "stamen", "bitumen",
			"albumen", "cyclamen", "foramen", "gravamen", "dolmen", "lumen", "rumen", "hymen", "semen", "yemen");

	private MenPlurals() {
	}

	static boolean is(String word) {
		return word.length() >= 6 && word.endsWith("men") && !SINGULARS.contains(word)
				&& word.chars().allMatch(Character::isLowerCase);
	}

}
