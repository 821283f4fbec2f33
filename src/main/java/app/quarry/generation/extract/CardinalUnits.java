package app.quarry.generation.extract;

import java.util.List;
import java.util.Locale;
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
	 * "Papermaster, 49, left", "Jane, now 10, was", "Jane Roe, age 34," and "dies aged
	 * 56": an age without its unit; so is one set off after a word for a person that a
	 * determiner opens ("her younger sister, 14, was", "the driver, 52, was"), since
	 * nothing else about a person is told by a bare number between commas.
	 */
	static final Pattern AGE_BEFORE = Pattern.compile("(?:\\p{Lu}[\\p{L}.’'-]+,\\s(?:now\\s|age\\s)?|\\b[Aa]ged\\s+"
			+ "|,\\s[Aa]ge\\s+|\\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y|[Aa]nother|[Aa]n?|\\p{L}+['’]s)\\s+"
			+ "(?:\\p{Ll}[\\p{L}-]*\\s+){0,2}"
			+ "(?:sister|brother|son|daughter|boy|girl|man|woman|wife|husband|mother|father|widow|widower|victim"
			+ "|suspect|driver|teenager|child|friend|nephew|niece|cousin|grandson|granddaughter|grandmother"
			+ "|grandfather|pilot|gunman|partner|fiancée?|girlfriend|boyfriend),\\s)$");

	/**
	 * "belonged to Jorge Ruiz, 49.": a full name, then an age ending the sentence or an
	 * item of a list set off by semicolons; a single capitalised word ("the most were in
	 * Texas, 52.") may be a place.
	 */
	static final Pattern FULL_NAME_BEFORE = Pattern
		.compile("\\p{Lu}[\\p{L}.’'-]+\\s+(?:\\p{Lu}\\.\\s+)?\\p{Lu}[\\p{L}’'-]+,\\s(?:age\\s)?$");

	/**
	 * "Labour Party, 45; Green Party, 12": a body's name before the number, whose number
	 * is a tally of seats or votes, never an age.
	 */
	private static final Pattern BODY_NAME_BEFORE = Pattern
		.compile("\\b(?:Party|Council|Union|Group|League|Association|Committee|Club|Front|Alliance|Movement|Congress"
				+ "|Democrats|Republicans|Inc\\.?|Ltd\\.?|Corp\\.?|Company|Bank|University|United|City|County|Rovers"
				+ "|Athletic|Team),\\s(?:age\\s)?$");

	static final Pattern SENTENCE_END = Pattern.compile("\\.(?:[\\s\"”’']|$)");

	/** "Tom, 16 at the time, said": an age set off with the time it held at. */
	private static final Pattern AT_THE_TIME_AFTER = Pattern.compile("\\s+at\\s+the\\s+time\\s*,");

	/**
	 * "at the age of twenty", "until age 16", "until she was 24,", "until the child turns
	 * 18.": an age in years without its unit.
	 */
	static final Pattern AT_AGE_BEFORE = Pattern
		.compile("(?i)(?:\\b(?:at|until|by|from|since|before|after|under|over)\\s+(?:the\\s+)?age\\s+(?:of\\s+)?"
				+ "|\\bage\\s+of\\s+|\\b(?:until|when|since|before|after)\\s+(?:he|she)\\s+(?:was|turned)\\s+"
				+ "|\\b(?:turns|turned|turning)\\s+)$");

	/**
	 * The age ends its clause: "until she was 24." or "when she was seven so the family
	 * moved", but not "when he was 24 hours late"; a time said after it ("turns 60 next
	 * week", "died at the age of 81 last May") tells when, and no noun is counted.
	 */
	static final Pattern CLAUSE_AFTER = Pattern
		.compile("\\s*(?:[.,;:)]|\\s(?:and|but|when|in|so|because|while|until|before|after|he|she|they)\\b|$)" + "|"
				+ TimesAfterAges.REGEX);

	/** "out of which twenty-five", "of whom six": a part of the things counted before. */
	static final Pattern PART_BEFORE = Pattern.compile("(?i)\\b(?:out\\s+of|of)\\s+(?:which|whom)\\s+$");

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

	/** "six of 10 Americans", "one in 100": a share told as a part of a round number. */
	static final Set<String> RATIO_BASES = Set.of("10", "ten", "100");

	/**
	 * " of the ", " of the company's ": a part of something, with nothing yet said of
	 * what.
	 */
	static final Pattern BARE_PART = Pattern
		.compile("\\s+of\\s+(?:(?:the\\s+)?\\p{L}[\\p{L}.&-]*[’']s|the|its|their|these|those)\\s+");

	/** "five or more wickets": a lower bound before the noun. */
	static final Pattern OR_MORE = Pattern.compile("\\s+or\\s+(?:more|fewer|less)\\b");

	/** "natural, historical, and": adjectives listed before the noun. */
	static final Pattern ADJECTIVE_LIST = Pattern.compile(
			"(?:\\s+[a-z]+(?:al|ic|ed|ive|ous|ful|ar|an),)+(?=\\s+(?:(?:and|or)\\s+)?[a-z]+(?:al|ic|ed|ive|ous|ful|ar|an)\\s+[a-z]+s\\b)(?:\\s+(?:and|or)\\b)?");

	/**
	 * "a 290 + seat jet", "the new 12 inch screen": a noun after the number names a kind.
	 */
	static final Pattern ARTICLE_BEFORE = Pattern.compile("\\b(?:a|an|the)\\s+(?:[a-z]+\\s+)?$");

	static final Pattern NO_BEFORE = Pattern.compile("\\b(?:no|any)\\s+$");

	/** "six of these aircraft", "two of those ships": a part of the things named next. */
	private static final Pattern OF_THESE = Pattern.compile("\\s+of\\s+(?:these|those)\\s+(?=\\p{Ll})");

	static final Pattern OF_THEM = Pattern.compile("\\s+of\\s+(?:them|those|these)\\b");

	static final Pattern OF_WHOSE = Pattern.compile("\\s+of\\s+(?:the|its|their|his|her|our|[A-Z][\\w.&-]*[’']s)\\s");

	static final Pattern OF_WORD = Pattern.compile("\\s+of\\s+\\S+");

	/**
	 * "Sudanese", "Chinese": a people named by a word that is its own plural, unless a
	 * noun follows ("six Chinese firms").
	 */
	static final Pattern PEOPLE_OF_A_NATION = Pattern.compile("\\p{Lu}\\p{Ll}{3,}ese");

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

	/** Nouns in s that name one thing as well as many: "a species", "two species". */
	private static final Set<String> SAME_IN_PLURAL = Set.of("species", "series", "subspecies");

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
			words = CountWords.wordsAfter(clean, adjectives.end()); // "418 natural,
																	// historical, and
			// cultural areas"
		}
		c.unit = cardinalUnit(words, value, lowerBefore);
		int from = orMore.lookingAt() ? orMore.end() : adjectives.lookingAt() ? adjectives.end()
				: MeasuredModifiers.skip(clean, QuotedModifiers.skip(clean, m.end()), false);
		if (value == 1 && !NO_BEFORE.matcher(lowerBefore).find()) {
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
		else if (unitOfThese(clean, rest, m.end(), value) != null) {
			c.unit = unitOfThese(clean, rest, m.end(), value);
		}
		else if (OF_THEM.matcher(rest).lookingAt() || PART_BEFORE.matcher(before).find()) {
			c.ofThem = true;
		}
		else if (value >= 1 && value <= 130 && AT_AGE_BEFORE.matcher(before).find()
				&& CLAUSE_AFTER.matcher(rest).lookingAt()) {
			c.unit = "year";
		}
		else if (partOfNext(clean, m.end())) {
			c.partOfNext = true;
		}
		else if (OF_WHOSE.matcher(rest).lookingAt()) {
			Matcher of = OF_WORD.matcher(rest);
			if (of.lookingAt()) {
				c.unit = cardinalUnit(CountWords.wordsAfter(clean, m.end() + of.end()), value, "");
			}
		}
		else if (value >= 5 && value <= 115 && AGE_BEFORE.matcher(before).find()
				&& !BODY_NAME_BEFORE.matcher(before).find()
				&& (rest.startsWith(",") || AT_THE_TIME_AFTER.matcher(rest).lookingAt() || lowerBefore.endsWith("aged ")
						|| (SENTENCE_END.matcher(rest).lookingAt() || rest.startsWith(";"))
								&& FULL_NAME_BEFORE.matcher(before).find())) {
			// "Jane Roe, 20; Tom Hale, 19": a list of people set off by semicolons
			// gives each one's age as a comma would
			c.unit = "year";
		}
	}

	/**
	 * "six of these aircraft", "two of those ships": "these" points at the things the
	 * noun after it names, which the number counts; "six of these were sold" has no such
	 * noun and counts the things told of before.
	 */
	private static String unitOfThese(String clean, String rest, int end, long value) {
		Matcher of = OF_THESE.matcher(rest);
		return of.lookingAt() ? cardinalUnit(CountWords.wordsAfter(clean, end + of.end() - 1), value, "") : null;
	}

	/**
	 * "27 letters", "two leaders", "one additional round", "179 new aerial refueling
	 * tankers", "2 million copies", "thirty minutes", "24 A320s".
	 */
	static String cardinalUnit(List<String> words, long value, String before) {
		if (value == 1 && NO_BEFORE.matcher(before).find()) {
			return null;
		}
		boolean nameWithOf = false;
		for (int i = 0; i < words.size(); i++) {
			String raw = words.get(i);
			String w = CountWords.clip(raw);
			if (i > 0 && i < words.size() - 1 && ProperNounWords.joinsName(w, words.get(i - 1), words.get(i + 1))) {
				nameWithOf = true;
				continue; // "10 House of Commons members", "two Bank of the North clerks"
			}
			if ((w.equals("more") || w.equals("other")) && i == 0 && words.size() > 1
					&& !Nouns.FUNCTION_WORDS.contains(CountWords.clip(words.get(1)))) {
				continue; // "six more jets"
			}
			if (i < words.size() - 1 && words.get(i + 1).equals("per") && Character.isLowerCase(raw.charAt(0))
					&& !Nouns.FUNCTION_WORDS.contains(w) && !NOT_COUNTED.contains(Nouns.singular(w))) {
				return Nouns.singular(w); // "a 40 mile per gallon car"
			}
			if (i > 0 && Character.isDigit(raw.charAt(0)) && !ProperNounWords.isProperPlural(raw)
					&& words.get(i - 1).chars().anyMatch(Character::isUpperCase)) {
				continue; // "12 Falcon 900 jets", "every 200 iPhone 4 users"
			}
			if ((w.equals("and") || w.equals("or")) && i > 0 && i < words.size() - 1
					&& Character.isLowerCase(words.get(i - 1).charAt(0))
					&& Character.isLowerCase(words.get(i + 1).charAt(0))
					&& !Nouns.FUNCTION_WORDS.contains(CountWords.clip(words.get(i - 1)))
					&& !Nouns.FUNCTION_WORDS.contains(CountWords.clip(words.get(i + 1)))) {
				continue; // "nine underground shaft and chamber tombs": modifiers joined
			}
			if ((Nouns.FUNCTION_WORDS.contains(w) && !(i < words.size() - 1 && CountModifiers.abbreviation(raw)))
					|| Nouns.ADVERBS_AFTER_A_NUMBER.contains(w) || w.equals("old")
					|| NOT_COUNTED.contains(Nouns.singular(w)) || CountWords.isNumberWord(raw)) {
				return null;
			}
			if (Nouns.TIME_UNITS.contains(w)) {
				// "20 years", "20 more years"; not "20 new jobs a year"
				boolean more = i == 1 && (CountWords.clip(words.get(0)).equals("more")
						|| CountWords.clip(words.get(0)).equals("other"));
				return i == 0 || more || RunOfUnits.onlyRunWords(words.subList(0, i)) ? Nouns.singular(w) : null;
			}
			if (value > 1 && SAME_IN_PLURAL.contains(w)) {
				return w; // "two species", "three series": one word for one and many
			}
			// "schoolchildren", "grandchildren": compounds keep their plural's ending
			if (IRREGULAR_PLURALS.contains(w) || w.equals("person") && value == 1 || w.endsWith("children")) {
				return Nouns.singular(w);
			}
			boolean capital = !raw.equals(raw.toLowerCase(Locale.ROOT)); // "Apple", "iOS"
			if (capital) {
				if (ProperNounWords.isProperPlural(raw)
						&& !(nameWithOf && i < words.size() - 1 && Nouns.isPlural(CountWords.clip(words.get(i + 1))))) {
					return Nouns.singular(w);
				}
				if (value > 1 && PEOPLE_OF_A_NATION.matcher(raw).matches() && (i == words.size() - 1
						|| Nouns.FUNCTION_WORDS.contains(CountWords.clip(words.get(i + 1))))) {
					return w; // "six Sudanese": a people's name is its own plural
				}
				if (i < words.size() - 1) {
					continue; // "500 Apple engineers", "3 new U.S. routes"
				}
				return null;
			}
			// "a 16 inch monitor", "40 gigabyte hard drive": a unit of measure in the
			// singular is the compound's measure, with or without an article before it
			boolean noun = value == 1 ? !Nouns.isModifier(w) : Nouns.isPlural(w)
					|| i == 0 && MeasureUnits.MEASURES.contains(w)
					|| i == 0 && ARTICLE_BEFORE.matcher(before).find() && !Nouns.isModifier(w) && !w.endsWith("ing")
							&& words.size() > 1 && Character.isLowerCase(words.get(1).charAt(0))
							&& !Nouns.FUNCTION_WORDS.contains(CountWords.clip(words.get(1)));
			if (noun) {
				return Nouns.singular(w);
			}
			if (w.endsWith("ly") && !(CountModifiers.describesNoun(w) && i < words.size() - 1)) {
				if (DEGREE_ADVERBS.contains(w) && i < words.size() - 1
						&& !Nouns.FUNCTION_WORDS.contains(CountWords.clip(words.get(i + 1)))) {
					continue; // "twelve hundred mostly American students"
				}
				return null;
			}
		}
		return null;
	}

	/**
	 * "eight of the top ten teams": a part of what the next number counts, which must
	 * follow; "six of the cases" counts cases.
	 */
	private static boolean partOfNext(String clean, int end) {
		Matcher part = PART_OF_NEXT.matcher(clean).region(end, clean.length());
		if (!part.lookingAt()) {
			return false;
		}
		if (part.group("owner") != null && !BARE_PART.matcher(part.group()).matches()) {
			return true; // "one of the first studies", "75 of its more than 6,000 jobs"
		}
		// "four of six design projects", "six of the cases": a number must follow; "six
		// of
		// 10 Americans" is a share, as a poll gives it
		List<String> next = CountWords.wordsAfter(clean, part.end() - 1);
		return !next.isEmpty() && CountWords.isNumberWord(next.get(0))
				&& !(part.group("owner") == null && RATIO_BASES.contains(next.get(0).toLowerCase(Locale.ROOT)));
	}

}
