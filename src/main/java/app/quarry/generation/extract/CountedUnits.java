package app.quarry.generation.extract;

import java.util.Set;

/**
 * The unit a count names, from the plural noun after it: "3,000 workers" counts workers,
 * each a "worker". A noun for an amount ("dollars") or a function word counts nothing.
 */
final class CountedUnits {

	/**
	 * "the number of people claiming benefits", "the number of children in care": plurals
	 * without their "s".
	 */
	private static final Set<String> IRREGULAR_PLURALS = Set.of("people", "men", "women", "children");

	private CountedUnits() {
	}

	/** The singular of a lower-case plural noun that may be counted, or null. */
	static String singularOf(String plural) {
		if (IRREGULAR_PLURALS.contains(plural)) {
			return switch (plural) {
				case "people" -> "person";
				case "men" -> "man";
				case "women" -> "woman";
				default -> "child";
			};
		}
		return Nouns.isPlural(plural) && !ElidedUnits.AMOUNTS.contains(plural) && !Nouns.FUNCTION_WORDS.contains(plural)
				? Nouns.singular(plural) : null;
	}

}
