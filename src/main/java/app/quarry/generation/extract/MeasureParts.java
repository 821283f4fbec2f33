package app.quarry.generation.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers that are only a part of a measure, and pounds that weigh: "5 feet, 10 inches
 * tall" and "2 hours, 8 minutes" give one height and one time, neither of whose parts a
 * quiz asks, and in "3 hours 45 minutes" only the hours are asked; "500 pounds (225
 * kilograms) of supplies" and "weighs 150 to 175 pounds" weigh rather than pay, so their
 * pounds are counted as a weight.
 */
final class MeasureParts {

	private MeasureParts() {
	}

	private static final String NUMBER = "(?:\\d{1,3}(?:[.,]\\d+)?|[A-Za-z]+(?:-[a-z]+)?)";

	/** "6 feet, 2 inches", "2 hours and 8 minutes": a larger unit, then a smaller. */
	/**
	 * The larger unit of a compound measure and what follows it ("feet, 10 inches"): the
	 * search starts from the unit, a rare word, rather than from every word that could be
	 * the number before it, which made this the costliest pass over a document.
	 */
	private static final Pattern COMPOUND_FROM_UNIT = Pattern.compile(
			"(?<big>feet|foot|yards?|hours?|minutes?|pounds?|stones?|met(?:er|re)s?|degrees?)(?<joint>,\\s+|\\s+and\\s+|\\s+)"
					+ NUMBER
					+ "\\s+(?<small>inch(?:es)?|feet|foot|minutes?|seconds?|ounces?|pounds?|centimet(?:er|re)s?)\\b(?!\\s+(?:later|earlier|ago|after|before)\\b)");

	/** The number that opens a compound measure, right before its larger unit. */
	private static final Pattern NUMBER_BEFORE_UNIT = Pattern.compile("(?<![\\w.,$])" + NUMBER + "\\s+$");

	/** How far back the number before a unit may start. */
	private static final int NUMBER_REACH = 48;

	/**
	 * The compound's larger unit looked for only at its first letters: a unit just after
	 * a letter or digit has no number right before it, and the expression tried at every
	 * character was the costliest pass over a document.
	 */
	private static final SparseMatches COMPOUND_AT = SparseMatches.beginningWith(COMPOUND_FROM_UNIT, "fyhmpsd")
		.atWordStarts();

	private static final Map<String, String> SMALLER = Map.of("foot", "inch", "yard", "foot", "hour", "minute",
			"minute", "second", "pound", "ounce", "stone", "pound", "meter", "centimeter", "metre", "centimetre",
			"degree", "minute");

	private static final String MEASURE_UNITS = "(?:kilo(?:gram)?s?|kg|grams?|(?:metric\\s+)?ton(?:ne)?s?|pounds?"
			+ "|lbs?|ounces?|(?:kilo|centi|milli)?met(?:er|re)s?|km|cm|mm|m|miles?|feet|foot|ft|inch(?:es)?|yards?"
			+ "|(?:square\\s+)?(?:kilomet(?:er|re)s?|miles)|acres?|hectares?|lit(?:er|re)s?|gallons?|degrees?"
			+ "|(?:Celsius|Fahrenheit|[CF]))";

	/** "800 pounds (360 kilograms)", "12 feet (3.7 meters)": a measure converted. */
	private static final Pattern CONVERSION = Pattern.compile("(?<![\\w.,$])(?<first>\\d[\\d,.]*)\\s+(?<unit>[a-z]+)"
			+ "\\s*\\(\\s*(?:about\\s+|some\\s+|nearly\\s+|almost\\s+|roughly\\s+|approximately\\s+|more\\s+than\\s+)?"
			+ "(?<conv>\\d[\\d,.]*(?:\\s+(?:million|billion))?)[\\s-]*(?<convUnit>" + MEASURE_UNITS + ")\\s*\\)");

	/**
	 * A conversion looked for only at digits, and only in a text with a parenthesis.
	 */
	private static final SparseMatches CONVERSION_AT = SparseMatches.beginningWith(CONVERSION, "0123456789");

	private static final Pattern WEIGHT_UNIT = Pattern
		.compile("(?i)kilo(?:gram)?s?|kg|grams?|(?:metric\\s+)?ton(?:ne)?s?");

	/**
	 * "weighs 150 to 175 pounds", "weighed about 90 pounds": pounds after a verb of
	 * weighing.
	 */
	private static final Pattern WEIGHS_BEFORE = Pattern.compile(
			"(?i)\\bweigh(?:s|ed|ing)?\\s+(?:(?:about|around|nearly|almost|roughly|only|just|some|more\\s+than|less\\s+than|at\\s+least)\\s+)?$");

	/** " to 175 pounds", " pounds": what follows the number a weighing verb gives. */
	private static final Pattern POUNDS_AFTER = Pattern.compile("(?:\\s*(?:to|or|-|–)\\s*\\d[\\d,.]*)?\\s+pounds?\\b");

	/**
	 * Drops the parts of compound measures from the numbers found, and reads pounds that
	 * weigh as counts of pounds.
	 */
	static void read(String clean, List<CountCandidate> found) {
		Matcher compound = COMPOUND_AT.matcher(clean);
		Matcher number = NUMBER_BEFORE_UNIT.matcher(clean).useTransparentBounds(true).useAnchoringBounds(true);
		int at = 0;
		while (at < clean.length() && COMPOUND_AT.find(compound, clean, at)) {
			int unitStart = compound.start();
			number.region(Math.max(0, unitStart - NUMBER_REACH), unitStart);
			if (!number.find()) {
				at = unitStart + 1;
				continue;
			}
			String big = unit(compound.group("big"));
			if (unit(compound.group("small")).equals(SMALLER.get(big))) {
				// "3 hours 45 minutes", joined by a space alone, is a length told to the
				// hour and then its remainder: the remainder is no count of its own
				int from = compound.group("joint").isBlank() ? compound.end("joint") : number.start();
				int to = compound.end();
				found.removeIf((c) -> c.start >= from && c.start < to);
			}
			at = compound.end();
		}
		Matcher conversion = CONVERSION_AT.matcher(clean);
		for (int from = clean.indexOf('(') < 0 ? clean.length() : 0; CONVERSION_AT.find(conversion, clean,
				from); from = conversion.end()) {
			if (unit(conversion.group("unit")).equals("pound")
					&& WEIGHT_UNIT.matcher(conversion.group("convUnit")).matches()) {
				weighs(found, conversion.start("first"), clean, conversion.end("unit"));
			}
		}
		for (CountCandidate c : found) {
			if (c.unit == null && !c.ordinal && !c.upperBound
					&& WEIGHS_BEFORE.matcher(clean).region(Math.max(0, c.start - 40), c.start).find()
					&& POUNDS_AFTER.matcher(clean).region(c.end, clean.length()).lookingAt()) {
				c.unit = "pound";
			}
		}
	}

	private static void weighs(List<CountCandidate> found, int start, String clean, int unitEnd) {
		for (CountCandidate c : found) {
			if (c.start == start && c.unit == null && !c.ordinal) {
				c.unit = "pound";
				c.unitEnd = unitEnd;
			}
		}
	}

	/** "inches" → "inch", "feet" → "foot", "metres" → "metre". */
	private static String unit(String word) {
		String w = word.toLowerCase(Locale.ROOT);
		if (w.equals("feet")) {
			return "foot";
		}
		if (w.endsWith("ches")) {
			return w.substring(0, w.length() - 2);
		}
		return w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
	}

}
