package app.quarry.generation.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * "60 metres (200 feet)", "2,400km (1,500 miles)": a measure given again in brackets in
 * another system is the writer's conversion of the one before it, a rounded echo rather
 * than a fact of its own; asking it would hide the figure the text reports. The
 * conversion is not counted; the measure before it is. After a rounded measure ("about 7
 * miles (11 km)") both are approximations and the conversion is kept.
 */
final class ConvertedMeasures {

	/** Symbols the conversions use besides the units' names. */
	private static final Set<String> SYMBOLS = Set.of("km", "m", "cm", "mm", "kg", "g", "lb", "lbs", "ft", "in", "mi",
			"feet", "kms");

	/** An opening bracket and the hedges that may begin a conversion. */
	private static final Pattern OPENING = Pattern
		.compile("\\(\\s*(?:(?:about|around|roughly|some|nearly|almost|approximately|approx\\.|c\\.)\\s+)?$");

	/** The unit of the measure before the bracket and the blank before it. */
	private static final Pattern UNIT_BEFORE = Pattern.compile("^\\s?[\\p{L}.]{1,12}\\s*$");

	/**
	 * "about 7 miles": a measure the writer rounded, so its conversion is no echo of a
	 * figure.
	 */
	private static final Pattern APPROXIMATE_BEFORE = Pattern
		.compile("\\b(?i:about|around|roughly|approximately|some|nearly|almost)\\s+$");

	private ConvertedMeasures() {
	}

	/**
	 * Removes from {@code counts} (sorted by start) the conversions of the counts before
	 * them.
	 */
	static void drop(String clean, List<CountFact> counts) {
		for (int i = counts.size() - 1; i > 0; i--) {
			CountFact conversion = counts.get(i);
			CountFact measure = counts.get(i - 1);
			if (!isMeasure(conversion.unit()) || !isMeasure(measure.unit()) || measure.end() > conversion.start()) {
				continue;
			}
			String between = clean.substring(measure.end(), conversion.start());
			int bracket = between.lastIndexOf('(');
			if (bracket < 0 || !OPENING.matcher(between.substring(bracket)).find()
					|| !UNIT_BEFORE.matcher(between.substring(0, bracket)).matches()) {
				continue;
			}
			if (APPROXIMATE_BEFORE.matcher(clean.substring(Math.max(0, measure.start() - 20), measure.start()))
				.find()) {
				continue; // "about 7 miles (11 km)": two roundings, neither the exact one
			}
			counts.remove(i);
		}
	}

	private static boolean isMeasure(String unit) {
		String u = unit.toLowerCase(Locale.ROOT);
		return MeasureUnits.MEASURES.contains(u) || SYMBOLS.contains(u) || u.equals("feet");
	}

}
