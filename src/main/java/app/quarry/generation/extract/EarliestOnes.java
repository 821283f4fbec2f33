package app.quarry.generation.extract;

import java.util.List;
import java.util.Set;

/**
 * "the first astronauts", "the first days of the war", "his first films": an ordinal
 * before a plural noun picks out the earliest ones of a kind, not the one in a rank; no
 * count is told ("the first woman pilot" and "the 212th and 213th members" rank).
 */
final class EarliestOnes {

	private EarliestOnes() {
	}

	/** Singular nouns that end like plurals. */
	private static final Set<String> SINGULAR_IN_S = Set.of("series", "species", "news", "bus", "census", "campus",
			"thesis", "crisis", "status", "virus", "bonus", "basis", "analysis", "chorus", "corps", "chassis", "canvas",
			"gas", "lens", "iris", "axis", "genesis", "onus", "focus", "circus", "apparatus", "nexus", "consensus",
			"prospectus", "syllabus", "stimulus", "radius", "surplus", "atlas", "means");

	private static final Set<String> IRREGULAR_PLURALS = Set.of("people", "men", "women", "children");

	/**
	 * Whether the noun an ordinal was found to rank ({@code unit}, singular) is written
	 * in the plural among the words after it.
	 */
	static boolean plural(List<String> words, String unit) {
		if (unit == null) {
			return false;
		}
		for (String w : words) {
			String lower = CountWords.clip(w).replaceAll("\\W+$", "");
			if (IRREGULAR_PLURALS.contains(lower)) {
				return Nouns.singular(lower).equals(unit) || unit.equals(lower);
			}
			if (lower.equals(unit)) {
				return false;
			}
			if (!lower.equals(unit) && Nouns.singular(lower).equals(unit)) {
				return !SINGULAR_IN_S.contains(lower) && !lower.endsWith("ous") && !lower.endsWith("us")
						&& !lower.endsWith("is");
			}
		}
		return false;
	}

}
