package app.quarry.generation.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * "700 kilometres (450 miles)", "12,900 acres (5,200 hectares)", "a 32,000-acre
 * (13,000-hectare) farm": a measure given again in another unit, in brackets, restates
 * the figure before it rather than telling a new one, and a question on it would ask the
 * reader to convert. The figure before the brackets is the one asked.
 */
final class ConvertedMeasures {

	/** Units of length, area, weight, volume and storage, in the singular. */
	static final Set<String> MEASURES = Set.of("inch", "foot", "yard", "mile", "metre", "meter", "kilometre",
			"kilometer", "centimetre", "centimeter", "millimetre", "millimeter", "acre", "hectare", "ton", "tonne",
			"pound", "kilogram", "gram", "ounce", "gallon", "litre", "liter", "kilobyte", "megabyte", "gigabyte",
			"terabyte");

	/**
	 * Between the measure and the bracket: its unit, one or two words, glued to the
	 * number, hyphened or spaced ("km", "-acre", " nautical miles").
	 */
	private static final Pattern UNIT_THEN_BRACKET = Pattern
		.compile("[\\s-]?\\p{L}+(?:\\s\\p{L}+)?\\s*\\(\\s*(?:about|around|roughly|some|nearly|almost|over)?\\s*");

	private ConvertedMeasures() {
	}

	/** Removes the counts that restate, in brackets, the measure just before them. */
	static void drop(String clean, List<CountFact> counts) {
		for (int i = counts.size() - 1; i > 0; i--) {
			CountFact c = counts.get(i);
			CountFact before = counts.get(i - 1);
			if (isMeasure(c.unit()) && isMeasure(before.unit()) && !c.ordinal() && before.end() <= c.start()
					&& UNIT_THEN_BRACKET.matcher(clean.substring(before.end(), c.start())).matches()) {
				counts.remove(i);
			}
		}
	}

	/** Whether a unit measures length, area, weight, volume or storage. */
	static boolean isMeasure(String unit) {
		if (unit == null) {
			return false;
		}
		int space = unit.lastIndexOf(' ');
		return MEASURES.contains(space < 0 ? unit : unit.substring(space + 1)); // "nautical
																				// mile"
	}

}
