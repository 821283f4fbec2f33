package app.quarry.generation.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a cardinal counts: the noun after it, past modifiers, names and adjective lists
 * ("179 new aerial refueling tankers", "24 A320s", "418 natural, historical, and cultural
 * areas"), or what a bare number stands for: an age ("aged 56"), a part ("25,000 of
 * them", "eight of the top ten teams"). Money, shares, measures and house numbers count
 * nothing.
 */
final class CardinalUnits {

	private CardinalUnits() {
	}

	/**
	 * "belonged to Jorge Ruiz, 49.": a full name, then an age ending the sentence or an
	 * item of a list set off by semicolons; a single capitalised word ("the most were in
	 * Texas, 52.") may be a place.
	 */
	static final Pattern FULL_NAME_BEFORE = Pattern
		.compile("\\p{Lu}[\\p{L}.’'-]+\\s+(?:\\p{Lu}\\.\\s+)?\\p{Lu}[\\p{L}’'-]+,\\s(?:age\\s)?$");

	/**
	 * "eight of the top ten teams", "eight out of the top ten teams", "275 to 350 of its
	 * more than 21,000 jobs", "four of six projects": a part of the things the next
	 * number counts.
	 */
	static final Pattern PART_OF_NEXT = Pattern.compile(
			"\\s+(?:out\\s+)?of\\s+(?<owner>(?:(?:the\\s+)?\\p{L}[\\p{L}.&-]*[’']s|the|its|their|these|those)\\s+)?(?:(?:top|first|last|other|remaining|original)\\s+)?"
					+ "(?:(?:more\\s+than|fewer\\s+than|less\\s+than|at\\s+least|about|around|nearly|almost|some|over"
					+ "|roughly|approximately|estimated)\\s+)?");

	/** "405 Williams Ave.", "10 Downing Street": a house number names an address. */
	static final Pattern STREET_AFTER = Pattern
		.compile("\\s+(?:\\p{Lu}[\\p{L}.’'-]*\\s+){1,3}(?:St|Ave|Avenue|Street|Road|Rd"
				+ "|Blvd|Boulevard|Lane|Ln|Drive|Dr|Place|Pl|Court|Ct|Terrace|Highway|Hwy|Square|Sq)\\b");

	/** "five or more wickets": a lower bound before the noun. */
	static final Pattern OR_MORE = Pattern.compile("\\s+or\\s+(?:more|fewer|less)\\b");

	/** "natural, historical, and": adjectives listed before the noun. */
	static final Pattern ADJECTIVE_LIST = Pattern.compile(
			"(?:\\s+[a-z]+(?:al|ic|ed|ive|ous|ful|ar|an),)+(?=\\s+(?:(?:and|or)\\s+)?[a-z]+(?:al|ic|ed|ive|ous|ful|ar|an)\\s+[a-z]+s\\b)(?:\\s+(?:and|or)\\b)?");

	/**
	 * "pounds of explosives", "pounds (600 kg)": pounds of a stuff, or told again in
	 * kilograms, weigh it; "300 pounds" alone may be money.
	 */
	static final Pattern WEIGHED = Pattern
		.compile("\\s+pounds\\s+(?:of\\s+(?!(?:the|a|an|his|her|its|their|this|that)\\b)[a-z]|\\(\\d)");

	/** Units that make a number an amount of money or a share, not a count. */
	static final Set<String> NOT_COUNTED = Set.of("dollar", "euro", "pound", "yen", "cent", "franc", "yuan", "renminbi",
			"rupee", "peso", "ruble", "rouble", "kopek", "krona", "krone", "kronor", "kroner", "lira", "dinar",
			"dirham", "riyal", "rial", "shekel", "baht", "ringgit", "rand", "real", "zloty", "forint", "koruna",
			"hryvnia", "naira", "shilling", "pence", "penny", "percent", "percentage", "basis", "lb", "kg", "mg", "oz",
			"mm", "cm", "km", "ml", "mph", "kph", "gb", "mb", "tb", "kb", "ghz", "mhz", "kw", "kwh", "ft");

	/**
	 * Adverbs that only qualify the modifier after them ("mostly American students",
	 * "largely rural villages"): the noun that follows is still what is counted.
	 */
	static final Set<String> DEGREE_ADVERBS = Set.of("mostly", "largely", "mainly", "chiefly", "primarily",
			"predominantly", "overwhelmingly", "entirely", "wholly", "partly", "newly", "recently", "highly", "heavily",
			"poorly");

	/** Plural nouns that do not end in s. */
	static final Set<String> IRREGULAR_PLURALS = Set.of("people", "children", "men", "women", "aircraft", "spacecraft",
			"staff", "personnel", "police", "feet", "teeth", "sheep", "fish", "deer", "cattle", "mice", "geese",
			"troops", "crew", "livestock", "offspring", "data", "media", "criteria", "infantry", "cavalry",
			"sarcophagi", "fungi", "cacti", "nuclei", "alumni", "radii", "stimuli", "bacteria", "phenomena");

	/**
	 * Reads what a cardinal counts into the candidate: the noun after it ("179 new
	 * tankers", "five or more wickets"), else what a bare number may stand for ("25,000
	 * of them", "aged 56", "eight of the top ten teams").
	 */
	static void read(CountCandidate c, String clean, Matcher m, String before, String lowerBefore, List<String> words) {
		long value = c.value;
		String rest = clean.substring(m.end(), Math.min(clean.length(), m.end() + 120));
		if (STREET_AFTER.matcher(rest).lookingAt()) {
			return; // "at 405 Williams Ave." is where, not how many
		}
		Matcher orMore = OR_MORE.matcher(clean).region(m.end(), clean.length());
		Matcher adjectives = ADJECTIVE_LIST.matcher(clean).region(m.end(), clean.length());
		if (orMore.lookingAt()) {
			words = CountWords.wordsAfter(clean, orMore.end()); // "five or more wickets"
		}
		else if (adjectives.lookingAt()) {
			// "418 natural, historical, and cultural areas"
			words = CountWords.wordsAfter(clean, adjectives.end());
		}
		c.unit = CountedNouns.cardinalUnit(words, value, lowerBefore);
		int from = orMore.lookingAt() ? orMore.end() : adjectives.lookingAt() ? adjectives.end()
				: MeasuredModifiers.skip(clean, QuotedModifiers.skip(clean, m.end()), false);
		if (value == 1 && !CountedNouns.NO_BEFORE.matcher(lowerBefore).find()) {
			// "one free parking pass" counts passes, not "free"
			c.unit = NounPhraseHeads.singularUnit(clean, from, c.unit, words);
		}
		else if (c.unit == null && value > 1) {
			// "two distinct Rich Text Format (RTF) files": modifiers no shorter reading
			// passes
			NounPhraseHeads.Head head = NounPhraseHeads.read(clean, from, true);
			c.unit = head == null ? null : head.unit();
		}
		if (c.unit == null && WEIGHED.matcher(rest).lookingAt()) {
			c.unit = "pound"; // "1,300 pounds of explosives" weighs them
		}
		if (c.unit != null) {
			c.unitEnd = CountWords.unitEnd(clean, m.end(), c.unit, words);
		}
		else {
			BareNumberReadings.read(c, clean, m.end(), rest, before, lowerBefore);
		}
	}

}
