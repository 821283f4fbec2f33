package app.quarry.generation.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * "20 of Acme's larger 777 planes", "six of the 747 jets": a part of a fleet named by its
 * model counts the model's noun. The model number is no count of its own, so the part
 * before it would be left without the noun that says what it counts.
 */
final class ModelParts {

	/** " of Acme's larger ", " of the ": what stands between the part and the model. */
	private static final Pattern PART_GAP = Pattern
		.compile("\\s+of\\s+(?:the|its|their|these|those|\\p{Lu}[\\p{L}.&-]*[’']s)\\s+(?:[\\p{Ll}-]+\\s+)?");

	private ModelParts() {
	}

	/**
	 * Gives the count just before a model number ({@code model}, read as a count with the
	 * noun after it) that noun, when the count has none and is a part of the model's
	 * things.
	 */
	static void lendNoun(String clean, List<CountCandidate> found, int modelStart, CountCandidate model) {
		if (found.isEmpty() || model.ordinal || model.unit == null) {
			return;
		}
		CountCandidate part = found.get(found.size() - 1);
		if (part.unit == null && !part.ordinal && part.end <= modelStart
				&& PART_GAP.matcher(clean.substring(part.end, modelStart)).matches()) {
			part.unit = model.unit;
		}
	}

}
