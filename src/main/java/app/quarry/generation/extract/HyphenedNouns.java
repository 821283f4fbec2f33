package app.quarry.generation.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A count joined to its noun by a hyphen: "a three-judge panel" counts judges, where "a
 * 13-inch screen" measures the screen and "a two-way race" describes the race.
 */
final class HyphenedNouns {

	/**
	 * Hyphened units that measure or describe rather than count: "a 13-inch screen", "a
	 * two-way race", "a three-quarter stake"; a "four-quarter test" still counts
	 * quarters, and "a 40-page report" how many pages the report runs to.
	 */
	private static final Set<String> NOT_COMPOUND_UNITS = Set.of("feet", "pound", "word", "percent", "point", "fold",
			"way", "sided", "thirds", "quarters", "half", "third", "quarter", "time", "off", "degree", "dimensional",
			"digit", "letter", "minute");

	/**
	 * Hyphened measures: "the 185-acre site" says how many acres, but "a 13-inch (33-cm)
	 * MacBook" names a model.
	 */
	private static final Set<String> MEASURES = Set.of("inch", "foot", "mile", "meter", "metre", "kilometer",
			"kilometre", "yard", "ton", "tonne", "gallon", "liter", "litre", "ounce", "acre", "hectare", "gram",
			"kilogram", "centimetre", "centimeter", "millimetre", "millimeter", "kilobyte", "megabyte", "gigabyte",
			"terabyte", "storey", "story");

	/**
	 * "a 41,000-acre (16,600-hectare) ranch": the same measure in other units, in
	 * brackets, between the measure and its noun.
	 */
	private static final Pattern CONVERSION_AFTER = Pattern.compile("\\s*\\([^()]{0,40}\\d[^()]{0,40}\\)");

	/**
	 * A building's height in storeys names no model: "the 22-story Harbor Tower" counts
	 * storeys, where "a 13-inch MacBook" names a model.
	 */
	private static final Set<String> STOREYS = Set.of("story", "storey");

	/** Words after which a hyphened word is a noun of its own: "a 12-pack below". */
	private static final Set<String> NOT_A_NOUN_AFTER = Set.of("below", "above", "behind", "beneath", "near", "around",
			"off", "out", "up", "down", "like", "apiece", "each");

	/**
	 * Hyphened words ending in "s" that are no plural of a thing counted: "a 20-plus
	 * crowd", "a 5-times champion" (times a deed is repeated, read elsewhere).
	 */
	private static final Set<String> NOT_PLURALS = Set.of("plus", "times", "series", "species", "odds", "news", "yes");

	/** "five 3-pointers": a number just before says how many of the hyphened things. */
	private static final Pattern NUMBER_BEFORE = Pattern
		.compile("(?i)(?:\\d|\\b(?:one|two|three|four|five|six|seven|eight" + "|nine|ten|many|several|few|some))\\s+$");

	private HyphenedNouns() {
	}

	/**
	 * Whether the hyphen only stands for a blank in digits before a plural noun
	 * ("83-pages"): a word of its own built on the number ("3-pointers", "20-somethings",
	 * "two-wheelers") names a kind of thing, and a number before it counts those.
	 */
	private static boolean blankWritten(String clean, Matcher m, String hyphenNoun) {
		return Character.isDigit(m.group().charAt(0)) && !hyphenNoun.endsWith("ers") && !hyphenNoun.endsWith("ings")
				&& !NUMBER_BEFORE.matcher(clean.substring(Math.max(0, m.start() - 12), m.start())).find();
	}

	/**
	 * Gives the count its hyphened noun, or says it counts nothing: the noun measures,
	 * describes, or names a model.
	 */
	static boolean read(CountCandidate c, String clean, Matcher m, String hyphenNoun, long value) {
		String plural = NOT_PLURALS.contains(hyphenNoun) || c.ordinal || c.scaled || value < 2
				|| !blankWritten(clean, m, hyphenNoun) ? null : CountedUnits.singularOf(hyphenNoun);
		// "two-fifths" is a share, its ordinal no noun
		if (plural != null && !NOT_COMPOUND_UNITS.contains(plural) && NumberWords.ordinal(plural) == null
				&& !NumberNames.isTerm(clean, m.group())) {
			// "a ruling of 83-pages", "a 3-goals lead": the hyphen stands for a blank,
			// the plural noun is what is counted
			c.unit = plural;
			c.unitEnd = m.end();
			return true;
		}
		// "a three-judge panel" counts judges; "a 13-inch screen" measures it
		if (c.ordinal || c.scaled
				|| NOT_COMPOUND_UNITS.contains(hyphenNoun)
						&& !(hyphenNoun.equals("quarter") && value != 1 && value != 3)
				|| hyphenNoun.endsWith("s") || hyphenNoun.endsWith("ed") || hyphenNoun.endsWith("ing")
				|| hyphenNoun.endsWith("ly") || Nouns.FUNCTION_WORDS.contains(hyphenNoun)
				|| NumberNames.isTerm(clean, m.group())) {
			return false;
		}
		Matcher conversion = CONVERSION_AFTER.matcher(clean).region(m.end(), clean.length());
		int from = m.end();
		if (MEASURES.contains(hyphenNoun) && conversion.lookingAt()) {
			from = conversion.end(); // "a 41,000-acre (16,600-hectare) ranch"
		}
		else if (MEASURES.contains(hyphenNoun) && from < clean.length() && clean.charAt(from) == ')'
				&& clean.lastIndexOf('(', m.start()) > clean.lastIndexOf(')', m.start())) {
			from++; // the measure in the brackets: "(13,000-hectare) farm"
		}
		List<String> next = CountWords.wordsAfter(clean, from);
		String after = next.isEmpty() ? null : CountWords.clip(next.get(0));
		if (after == null ? MEASURES.contains(hyphenNoun)
				: Nouns.FUNCTION_WORDS.contains(after) || NOT_A_NOUN_AFTER.contains(after)
						|| MEASURES.contains(hyphenNoun) && !STOREYS.contains(hyphenNoun)
								&& !Character.isLowerCase(next.get(0).charAt(0))) {
			return false; // "40 cents a 6-pack above", "a 15-inch Lumatab"
		}
		c.unit = hyphenNoun;
		c.unitEnd = m.end();
		return true;
	}

}
