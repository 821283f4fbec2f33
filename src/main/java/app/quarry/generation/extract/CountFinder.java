package app.quarry.generation.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.quarry.corpus.DocumentText;
import app.quarry.corpus.Sentence;

/**
 * Finds counts and ordinals with what they count: "27 letters" (27, letter), "two
 * leaders", "13.7 million Macs" (13700000, mac), "179 new aerial refueling tankers", "a
 * 30-year drought" (30, year), "aged 56", "his third visit" (3rd, visit), "the 70th
 * anniversary". A number whose noun is left out takes it from its neighbour: "102 and 21
 * people", "4,300 jobs in France, 3,700 in Germany". An ordinal standing alone ("The
 * letter is the fourth Kim has sent", "The first was delivered") takes its unit from the
 * sentence ("the letter is") or from the last ordinal before it. Numbers that are parts
 * of dates, years, times, money, percentages, index points, model numbers ("iPhone 4",
 * "Flight 574") and identifiers are not counts.
 */
public final class CountFinder implements FactFinder {

	private static final String SCALES = "hundred|thousand|million|billion|trillion";

	private static final String TIME_UNIT = "second|minute|hour|day|week|month|year|decade|century";

	private static final Pattern NUMBER = Pattern.compile("(?<![\\w.$€£#,-])(?:(?<ord>(?i:" + NumberWords.ORDINAL_REGEX
			+ ")|\\d{1,4}(?:st|nd|rd|th))|(?<card>\\d{1,3}(?:,\\d{3})+|\\d{1,3}(?:,\\d{3})*\\.\\d+(?=\\s+(?i:" + SCALES
			+ ")\\b)|\\d{1,6}|(?i:" + NumberWords.CARDINAL_REGEX + "))(?:\\s+(?<scale>(?i:" + SCALES
			+ ")))?(?:\\s?\\+(?=\\s))?" + "(?:-to-(?<max>\\d{1,4}))?(?:-(?<hyphenUnit>(?i:" + TIME_UNIT
			+ "))s?(?<old>-old)?|-(?<hyphenNoun>[a-z]{3,})(?=\\s))?)" + "(?![\\w%$]|[.,:]\\d|-\\w)");

	/**
	 * An ordinal names a thing only after a determiner: "his third visit", not "first
	 * met".
	 */
	private static final Pattern DETERMINER = Pattern
		.compile("(?:\\b(?:the|a|an|his|her|its|their|our|my|your|this|that)|[’']s|s[’'])\\s+$");

	private static final Pattern WORD = Pattern
		.compile("\\G[ \\t]+((?:[A-Z]\\.){2,}|[A-Za-z0-9](?:[A-Za-z0-9’'.-]*[A-Za-z0-9’'])?)");

	private static final Pattern SUBJECT_IS = Pattern
		.compile("\\b([a-z]+)\\s+(?:is|was|became|marks|marked|will be|would be)\\s+(?:the|his|her|its|their)\\s*$");

	/**
	 * The word before a number that makes it a name or model: "iPhone 4", "Flight 200".
	 */
	private static final Pattern NAME_BEFORE = Pattern.compile("([A-Za-z][\\w&’'.-]*)[ \\t]+$");

	/** "Papermaster, 49, left" and "dies aged 56": an age without its unit. */
	private static final Pattern AGE_BEFORE = Pattern.compile("(?:\\p{Lu}[\\p{L}.’'-]+,\\s|\\b[Aa]ged\\s+)$");

	/**
	 * "at the age of twenty", "until age 16", "until she was 24,": an age in years
	 * without its unit.
	 */
	private static final Pattern AT_AGE_BEFORE = Pattern
		.compile("(?i)(?:\\b(?:at|until|by|from|since|before|after|under|over)\\s+(?:the\\s+)?age\\s+(?:of\\s+)?"
				+ "|\\b(?:until|when|since|before|after)\\s+(?:he|she)\\s+(?:was|turned)\\s+)$");

	/**
	 * The age ends its clause: "until she was 24." but not "when he was 24 hours late".
	 */
	private static final Pattern CLAUSE_AFTER = Pattern.compile("\\s*(?:[.,;:)]|\\s(?:and|but|when|in)\\b|$)");

	/**
	 * Hyphened units that measure or describe rather than count: "a 13-inch screen", "a
	 * two-way race".
	 */
	private static final Set<String> NOT_COMPOUND_UNITS = Set.of("inch", "foot", "feet", "mile", "meter", "metre",
			"kilometer", "kilometre", "yard", "pound", "ton", "tonne", "gallon", "liter", "litre", "ounce", "acre",
			"word", "percent", "point", "fold", "way", "sided", "thirds", "quarters", "half", "third", "quarter",
			"time", "off", "storey", "story", "degree", "dimensional", "digit", "letter", "page", "minute", "gram");

	/**
	 * A hyphened count used this often in one text is a term of art: "a five-wicket
	 * haul".
	 */
	private static final int TERM_USES = 5;

	/**
	 * "Of the 22 matches where ...,": the later bare numbers of the sentence count them
	 * too.
	 */
	private static final Pattern OF_THE_COUNT = Pattern.compile("^\\s*Of\\s+(?:the|these|those)\\s+$");

	/** "out of which twenty-five", "of whom six": a part of the things counted before. */
	private static final Pattern PART_BEFORE = Pattern.compile("(?i)\\b(?:out\\s+of|of)\\s+(?:which|whom)\\s+$");

	/** "eight of the top ten teams": a part of the things the next number counts. */
	private static final Pattern PART_OF_NEXT = Pattern
		.compile("\\s+of\\s+(?:the|its|their|these|those)\\s+(?:(?:top|first|last|other|remaining|original)\\s+)?");

	/** "one of the first steps": among the earliest, not a rank. */
	private static final Pattern ONE_OF_THE = Pattern
		.compile("\\b(?:one|some|many|any|several|among)\\s+of\\s+the\\s+$");

	/** "orders for 2,200 more.": more of the things counted before. */
	private static final Pattern MORE_AFTER = Pattern.compile("\\s+more\\s*(?:[.;,]|$)");

	/** "natural, historical, and": adjectives listed before the noun. */
	private static final Pattern ADJECTIVE_LIST = Pattern.compile(
			"(?:\\s+[a-z]+(?:al|ic|ed|ive|ous|ful|ar|an),)+(?=\\s+(?:(?:and|or)\\s+)?[a-z]+(?:al|ic|ed|ive|ous|ful|ar|an)\\s+[a-z]+s\\b)(?:\\s+(?:and|or)\\b)?");

	/**
	 * "holds between 210 and": a bound between the verb and the number, dropped to
	 * compare verbs.
	 */
	private static final Pattern BOUND_BEFORE = Pattern
		.compile("\\s+(?:between|about|around|nearly|almost|some|over|roughly|approximately|up to|more than)\\s+$");

	/** "250 to 290.": the upper end of a range of the same things. */
	private static final Pattern BARE_RANGE_END = Pattern.compile("\\s*(?:to|[-–])\\s*\\d[\\d,]*");

	/** "twenty four": tens written apart from their units. */
	private static final Pattern TENS_BEFORE = Pattern
		.compile("\\b(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\\s+$");

	/** "five or more wickets": a lower bound before the noun. */
	private static final Pattern OR_MORE = Pattern.compile("\\s+or\\s+(?:more|fewer|less)\\b");

	/** What may stand between a count and a number that shares its noun. */
	private static final Pattern LIST_GAP = Pattern.compile("(?:\\s+(?:in|at|for|from|of|by|on)\\s+[^,;:.()]{1,30}?)?"
			+ "(?:\\s*,\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or)\\s+)(?:(?:about|around|nearly|almost|over|some|approximately|roughly|another)\\s+)?");

	/** What may stand between a number and the next one that names their shared noun. */
	private static final Pattern PAIR_GAP = Pattern.compile("\\s*(?:,\\s*|\\s(?:and|to|or)\\s+|\\s*[-–]\\s*)");

	/**
	 * ", or 9% of the total work force of": a part given as a share of a whole counted
	 * next.
	 */
	private static final Pattern SHARE_GAP = Pattern.compile(
			"\\s*,\\s*or\\s+(?:about\\s+|nearly\\s+|some\\s+|around\\s+)?\\d+(?:\\.\\d+)?\\s*(?:%|percent|per\\s+cent)\\s+of\\s+[^,;:.()]{0,60}");

	/** "300 to 450", "300-450": a range. */
	private static final Pattern RANGE_GAP = Pattern.compile("\\s*(?:to|[-–])\\s*");

	/** "15 a year", "ten per month": a rate of the things counted before. */
	private static final Pattern RATE_AFTER = Pattern.compile("\\s+(?:a|an|per|each)\\s+(" + TIME_UNIT + ")\\b");

	private static final Pattern LAST_WORD = Pattern.compile("([A-Za-z]+)\\s+$");

	private static final Pattern CLAUSE_END = Pattern.compile("\\s*(?:[.;]|,\\s+(?:and|but|while)\\b|$)");

	/** "1.5 to": the lower end of a range of measures. */
	private static final Pattern DECIMAL_BEFORE = Pattern.compile("\\d\\.\\d+\\s*(?:to|[-–])\\s*$");

	/** A number written as part of a name, before or after it. */
	private static final Pattern MODEL = Pattern
		.compile("(?<![\\w.,$#-])(?:(?<name>\\p{Lu}[\\p{L}\\d&]*)[ \\t]+(?<after>\\d{2,4})"
				+ "(?![\\w%]|[.,]\\d)|(?<before>\\d{2,4})-\\d)");

	/**
	 * "a 290 + seat jet", "the new 12 inch screen": a noun after the number names a kind.
	 */
	private static final Pattern ARTICLE_BEFORE = Pattern.compile("\\b(?:a|an|the)\\s+(?:[a-z]+\\s+)?$");

	/** "The vote was 52-35": a tally of votes for and against. */
	private static final Pattern TALLY = Pattern.compile("(?<![\\w.,-])(\\d{1,3})[-–](\\d{1,3})(?![\\w%]|[-–.,]\\d)");

	private static final Pattern VOTE = Pattern.compile("(?i)\\bvot(?:e|es|ed|ing)\\b");

	/**
	 * "has twice before sued": a count of times; not "twice as many", "twice the size".
	 */
	private static final Pattern TWICE = Pattern.compile(
			"\\b([Tt]wice|[Tt]hrice)\\b(?!(?i)\\s+(?:as|the|that|a|an|its|their|his|her|our|more|less|over|per|daily|weekly|monthly|yearly|[a-z]+er)\\b)");

	/** "US$300 to": the lower end of a range of money. */
	private static final Pattern MONEY_BEFORE = Pattern
		.compile("[$€£#]\\s?\\d[\\d,.]*(?:\\s+(?:million|billion|trillion|thousand))?\\s*(?:to|and|or|[-–])\\s*$");

	/** "better than the 787.": a number standing as a noun names a model. */
	private static final Pattern THE_NUMBER = Pattern.compile("\\b[Tt]he\\s+(\\d{3,4})(?=[.,;:!?\"”)])(?![.,]\\d)");

	private static final Pattern THE_BEFORE = Pattern.compile("\\bthe\\s+$");

	private static final Pattern NO_BEFORE = Pattern.compile("\\b(?:no|any)\\s+$");

	private static final Pattern OF_THEM = Pattern.compile("\\s+of\\s+(?:them|those|these)\\b");

	private static final Pattern OF_WHOSE = Pattern
		.compile("\\s+of\\s+(?:the|its|their|his|her|our|[A-Z][\\w.&-]*[’']s)\\s");

	private static final Pattern OF_WORD = Pattern.compile("\\s+of\\s+\\S+");

	private static final Pattern TO = Pattern.compile("\\s+to\\s+");

	private static final Pattern PROPER_PLURAL = Pattern.compile("[A-Z0-9][A-Za-z0-9]*[a-z0-9]s");

	/** Markets count index points as a measure, not as things. */
	private static final Pattern MARKET = Pattern
		.compile("(?i)\\b(?:index|indices|dow|djia|nasdaq|s&p|ftse|nikkei|dax|hang seng|stocks?|shares?|markets?)\\b");

	/** Units that make a number an amount of money or a share, not a count. */
	private static final Set<String> NOT_COUNTED = Set.of("dollar", "euro", "pound", "yen", "cent", "franc", "yuan",
			"renminbi", "rupee", "peso", "ruble", "rouble", "kopek", "krona", "krone", "kronor", "kroner", "lira",
			"dinar", "dirham", "riyal", "rial", "shekel", "baht", "ringgit", "rand", "real", "zloty", "forint",
			"koruna", "hryvnia", "naira", "shilling", "pence", "penny", "percent", "percentage", "basis", "lb", "kg",
			"mg", "oz", "mm", "cm", "km", "ml", "mph", "kph", "gb", "mb", "tb", "kb", "ghz", "mhz", "kw", "kwh", "ft");

	/**
	 * Ordinal parts of a period ("the second half of this year") date it, not count it.
	 */
	private static final Set<String> PERIOD_PARTS = Set.of("half", "quarter");

	/**
	 * "finished third", "came in second", "making them third, fourth and fifth": a
	 * placing in a race or a ranking.
	 */
	private static final Pattern PLACING_BEFORE = Pattern.compile(
			"\\b(?:finish(?:ed|es|ing)?|came|comes|coming|rank(?:ed|s|ing)?|plac(?:ed|es|ing)|end(?:ed|s|ing)\\s+up"
					+ "|making\\s+(?:them|it|him|her|us)|mov(?:ed|es|ing)\\s+up\\s+to)\\s+(?:in\\s+)?$");

	/** What may follow a placing: the end of its clause, or what it was among. */
	private static final Pattern PLACING_AFTER = Pattern
		.compile("\\s*(?:[.,;:)]|$|\\s(?:and|or|place|respectively|in|at|with|among|overall|out)\\b)");

	/** "third, fourth and fifth": the next placing of a list. */
	private static final Pattern PLACING_GAP = Pattern.compile("\\s*,\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or)\\s+");

	/** Plural nouns that do not end in s. */
	private static final Set<String> IRREGULAR_PLURALS = Set.of("people", "children", "men", "women", "aircraft",
			"spacecraft", "staff", "personnel", "police", "feet", "teeth", "sheep", "fish", "deer", "cattle", "mice",
			"geese", "troops", "crew", "livestock", "offspring", "data", "media", "criteria", "infantry", "cavalry",
			"sarcophagi", "fungi", "cacti", "nuclei", "alumni", "radii", "stimuli", "bacteria", "phenomena");

	/** Words that may come between a number and its noun without being the noun. */
	private static final int UNIT_WINDOW = 8;

	private final DateFinder dates = new DateFinder();

	/** Number words that may begin a count or ordinal (besides digits). */
	private static final Set<String> TRIGGERS = triggers();

	@Override
	public List<CountFact> find(DocumentText document, ExtractionContext context) {
		return LastResult.of(this, document, context, () -> List.copyOf(counts(document, context)));
	}

	private static Set<String> triggers() {
		Set<String> words = new HashSet<>();
		for (String w : (NumberWords.CARDINAL_REGEX + "|" + NumberWords.ORDINAL_REGEX).split("[|()?:-]+")) {
			for (String part : w.split(" ")) {
				if (!part.isEmpty()) {
					words.add(part);
					words.add(Character.toUpperCase(part.charAt(0)) + part.substring(1));
				}
			}
		}
		return Set.copyOf(words);
	}

	/** A number found, with its unit once known and where the word naming it ends. */
	private static final class Candidate {

		final int start;

		final int end;

		final long value;

		final boolean ordinal;

		String unit;

		int unitEnd;

		/**
		 * "450" in "300 to 450 jobs": the upper end of a range, whose value is its lower
		 * one.
		 */
		boolean upperBound;

		/** "350 million": a scaled number without its noun is most often money. */
		boolean scaled;

		/** "25,000 of them": the noun is the one counted before. */
		boolean ofThem;

		/** "eight of the top ten teams": the noun is the one the next number counts. */
		boolean partOfNext;

		Candidate(int start, int end, long value, boolean ordinal) {
			this.start = start;
			this.end = end;
			this.value = value;
			this.ordinal = ordinal;
			this.unitEnd = end;
		}

	}

	private List<CountFact> counts(DocumentText document, ExtractionContext context) {
		String clean = document.cleanText();
		List<int[]> dateSpans = new ArrayList<>();
		for (Fact f : this.dates.find(document, context)) {
			dateSpans.add(new int[] { f.start(), f.end() });
		}
		Set<String> models = modelNumbers(clean);
		List<Candidate> found = new ArrayList<>();
		List<CountFact> ordinals = new ArrayList<>();
		Matcher m = NUMBER.matcher(clean).useTransparentBounds(true).useAnchoringBounds(false);
		List<Integer> starts = new ArrayList<>();
		WordStarts.forEach(clean, TRIGGERS, starts::add);
		int d = 0;
		int done = 0;
		for (int at : starts) {
			if (at < done) {
				continue; // "hundred" inside "a hundred"
			}
			m.region(at, clean.length());
			if (!m.lookingAt()) {
				continue;
			}
			done = m.end();
			Candidate c = candidate(document, clean, m, ordinals, models);
			if (c == null || models.contains(m.group())) {
				continue;
			}
			while (d < dateSpans.size() && dateSpans.get(d)[1] <= m.start()) {
				d++;
			}
			boolean inDate = d < dateSpans.size() && dateSpans.get(d)[0] < m.end();
			if (inDate && !isTimeUnit(c.unit) && m.group("scale") == null) {
				continue; // "June 24", "10 a.m."; "two years ago" still counts years
			}
			found.add(c);
			if (c.ordinal && c.unit != null) {
				ordinals.add(new CountFact(document.text().substring(c.start, c.end), c.start, c.end, c.value, true,
						c.unit));
			}
		}
		shareUnits(document, clean, found);
		listedPlacings(clean, found);
		tallies(document, clean, dateSpans, found);
		times(clean, found);
		found.sort((a, b) -> Integer.compare(a.start, b.start));
		List<CountFact> counts = new ArrayList<>();
		for (Candidate c : found) {
			if (c.unit != null && !c.upperBound
					&& !(c.unit.equals("point") && MARKET.matcher(sentenceText(document, clean, c.start)).find())) {
				counts.add(new CountFact(document.text().substring(c.start, c.end), c.start, c.end, c.value, c.ordinal,
						c.unit));
			}
		}
		return counts;
	}

	private Candidate candidate(DocumentText document, String clean, Matcher m, List<CountFact> ordinals,
			Set<String> models) {
		String before = clean.substring(Math.max(0, m.start() - 40), m.start());
		String lowerBefore = before.toLowerCase(Locale.ROOT);
		boolean ordinal = m.group("ord") != null;
		String scale = m.group("scale");
		Long base = ordinal ? NumberWords.ordinal(m.group("ord"))
				: scale == null ? NumberWords.cardinal(m.group("card")) : Long.valueOf(scaled(m.group("card"), scale));
		if (base == null) {
			return null;
		}
		long value = base;
		String hyphenUnit = m.group("hyphenUnit");
		if (!ordinal && scale == null && hyphenUnit == null && m.group("card").length() == 4 && value >= 1600
				&& value < 2100) {
			return null; // a year
		}
		if (value < 0 || Character.isDigit(m.group().charAt(0)) && namesSomething(before)) {
			return null;
		}
		int end = scale != null ? m.end("scale") : ordinal ? m.end("ord") : m.end("card");
		if (TENS_BEFORE.matcher(lowerBefore).find() && !Character.isDigit(m.group().charAt(0))) {
			return null; // "twenty four hours" without its hyphen: not a four
		}
		if (DECIMAL_BEFORE.matcher(before).find() || MONEY_BEFORE.matcher(before).find()) {
			return null; // "1.5 to 2 years" measures, "US$300 to 350 million" is money
		}
		Candidate c = new Candidate(m.start(), end, value, ordinal);
		c.scaled = scale != null;
		if (hyphenUnit != null) {
			c.unit = hyphenUnit.toLowerCase(Locale.ROOT);
			return c;
		}
		String hyphenNoun = m.group("hyphenNoun");
		if (hyphenNoun != null) {
			// "a three-judge panel" counts judges; "a 13-inch screen" measures it
			if (ordinal || scale != null || NOT_COMPOUND_UNITS.contains(hyphenNoun) || hyphenNoun.endsWith("s")
					|| hyphenNoun.endsWith("ed") || hyphenNoun.endsWith("ing") || hyphenNoun.endsWith("ly")
					|| Nouns.FUNCTION_WORDS.contains(hyphenNoun) || isTerm(clean, m.group())) {
				return null;
			}
			c.unit = hyphenNoun;
			c.unitEnd = m.end();
			return c;
		}
		List<String> words = wordsAfter(clean, m.end());
		if (!ordinal && Character.isUpperCase(m.group().charAt(0)) && !opensSentence(before) && !words.isEmpty()
				&& Character.isUpperCase(words.get(0).charAt(0))) {
			return null; // "the One Day International", "the Seven Years' War": a name
		}
		if (ordinal) {
			if (!words.isEmpty() && models.contains(words.get(0))) {
				// "rolls out first 787 Dreamliner": the first of a model, even in a
				// headline without its article
				c.unit = words.get(0);
				return c;
			}
			if (!words.isEmpty() && isNumberWord(words.get(0))) {
				return null; // "the first four aircraft" counts aircraft, not a first
			}
			if (ONE_OF_THE.matcher(lowerBefore).find()) {
				return null; // "one of the first steps" ranks nothing
			}
			c.unit = DETERMINER.matcher(lowerBefore).find()
					? ordinalUnit(words, Character.isUpperCase(m.group("ord").charAt(0))) : null;
			if (c.unit == null && THE_BEFORE.matcher(lowerBefore).find()) {
				c.unit = contextUnit(document, clean, m.start(), value, ordinals);
			}
			boolean placeAfter = !words.isEmpty() && words.get(0).equals("place");
			if (c.unit == null && (placeAfter || PLACING_BEFORE.matcher(lowerBefore).find()
					&& PLACING_AFTER.matcher(clean).region(m.end("ord"), clean.length()).lookingAt())) {
				c.unit = "place"; // "finished third", "in second place"
			}
			return c;
		}
		String rest = clean.substring(m.end(), Math.min(clean.length(), m.end() + 120));
		Matcher orMore = OR_MORE.matcher(clean).region(m.end(), clean.length());
		Matcher adjectives = ADJECTIVE_LIST.matcher(clean).region(m.end(), clean.length());
		if (orMore.lookingAt()) {
			words = wordsAfter(clean, orMore.end()); // "five or more wickets"
		}
		else if (adjectives.lookingAt()) {
			words = wordsAfter(clean, adjectives.end()); // "418 natural, historical, and
															// cultural areas"
		}
		c.unit = cardinalUnit(words, value, lowerBefore);
		if (c.unit != null) {
			c.unitEnd = unitEnd(clean, m.end(), c.unit, words);
		}
		else if (OF_THEM.matcher(rest).lookingAt() || PART_BEFORE.matcher(before).find()) {
			c.ofThem = true;
		}
		else if (value >= 1 && value <= 130 && AT_AGE_BEFORE.matcher(before).find()
				&& CLAUSE_AFTER.matcher(rest).lookingAt()) {
			c.unit = "year";
		}
		else if (PART_OF_NEXT.matcher(rest).lookingAt()) {
			c.partOfNext = true;
		}
		else if (OF_WHOSE.matcher(rest).lookingAt()) {
			Matcher of = OF_WORD.matcher(rest);
			if (of.lookingAt()) {
				c.unit = cardinalUnit(wordsAfter(clean, m.end() + of.end()), value, "");
			}
		}
		else if (value >= 5 && value <= 115 && AGE_BEFORE.matcher(before).find()
				&& (rest.startsWith(",") || lowerBefore.endsWith("aged "))) {
			c.unit = "year";
		}
		return c;
	}

	/**
	 * A hyphened count the text uses again and again names a thing: "five-wicket haul".
	 */
	private static boolean isTerm(String clean, String compound) {
		String lower = clean.toLowerCase(Locale.ROOT);
		String term = compound.toLowerCase(Locale.ROOT);
		int uses = 0;
		for (int at = lower.indexOf(term); at >= 0 && uses < TERM_USES; at = lower.indexOf(term, at + 1)) {
			uses++;
		}
		return uses >= TERM_USES;
	}

	private static boolean opensSentence(String before) {
		String b = before.stripTrailing();
		return b.isEmpty() || ".!?:;\"“”(\n".indexOf(b.charAt(b.length() - 1)) >= 0;
	}

	/**
	 * Numbers the document uses as names: "Boeing 787", "787-8". "their new 787 aircraft"
	 * then names a model too.
	 */
	private static Set<String> modelNumbers(String clean) {
		Set<String> models = new HashSet<>();
		Matcher named = MODEL.matcher(clean).useTransparentBounds(true).useAnchoringBounds(false);
		// tried only where a match can begin, a capital or a digit, with the same
		// matches as find(): trying the pattern at every character was a twentieth of
		// extraction
		for (int at = 0; at < clean.length(); at++) {
			if (!mayBeginModel(clean, at)) {
				continue;
			}
			named.region(at, clean.length());
			if (!named.lookingAt()) {
				continue;
			}
			at = named.end() - 1; // a match is never empty
			String number = named.group("after") != null ? named.group("after") : named.group("before");
			if (named.group("name") == null
					|| namesSomething(clean.substring(Math.max(0, named.start() - 40), named.start("after")))) {
				models.add(number);
			}
		}
		Matcher head = THE_NUMBER.matcher(clean);
		while (head.find()) {
			models.add(head.group(1));
		}
		return models;
	}

	/** A model name starts with a capital, a model number with a digit. */
	private static boolean mayBeginModel(String text, int at) {
		char c = text.charAt(at);
		return c >= '0' && c <= '9' || (c < 0x80 ? c >= 'A' && c <= 'Z'
				: Character.getType(text.codePointAt(at)) == Character.UPPERCASE_LETTER);
	}

	/** "13.7 million" is 13700000; "three thousand" is 3000. */
	private static long scaled(String number, String scale) {
		long factor = switch (scale.toLowerCase(Locale.ROOT)) {
			case "hundred" -> 100L;
			case "thousand" -> 1_000L;
			case "million" -> 1_000_000L;
			case "billion" -> 1_000_000_000L;
			default -> 1_000_000_000_000L;
		};
		String n = number.replace(",", "");
		if (Character.isDigit(n.charAt(0))) {
			return new java.math.BigDecimal(n).multiply(java.math.BigDecimal.valueOf(factor)).longValue();
		}
		Long words = NumberWords.cardinal(n);
		return words == null ? -1 : words * factor;
	}

	/**
	 * "iPhone 4", "Boeing 767", "Flight 200", "Chapter 11": a number right after a name
	 * is part of it. Possessives ("Apple's 109 stores") and capitalised sentence openers
	 * ("About 54,000") are not names.
	 */
	private static boolean namesSomething(String before) {
		Matcher w = NAME_BEFORE.matcher(before);
		if (!w.find()) {
			return false;
		}
		String word = w.group(1);
		String preceding = before.substring(0, w.start()).stripTrailing();
		if (preceding.isEmpty() || ".!?:;\"“”(".indexOf(preceding.charAt(preceding.length() - 1)) >= 0) {
			return false; // "Despite 3 delays" opens a sentence
		}
		if (word.chars().noneMatch(Character::isUpperCase) || word.endsWith("'s") || word.endsWith("’s")
				|| word.endsWith("s'") || word.endsWith("s’") || word.endsWith(".")) {
			return false;
		}
		String lower = word.toLowerCase(Locale.ROOT);
		return !Nouns.FUNCTION_WORDS.contains(lower) && !Nouns.QUANTIFIERS.contains(lower);
	}

	/**
	 * A number without a noun shares the noun of its neighbour: "102 and 21 people",
	 * "between 60 and 90 days", "4,300 jobs in France, 3,700 in Germany", "25,000 of
	 * them".
	 */
	private static void shareUnits(DocumentText document, String clean, List<Candidate> found) {
		for (int i = found.size() - 2; i >= 0; i--) {
			Candidate c = found.get(i);
			Candidate next = found.get(i + 1);
			String gap = clean.substring(c.end, next.start);
			if (c.unit == null && c.partOfNext && !next.ordinal && next.unit != null
					&& PART_OF_NEXT.matcher(gap).matches()) {
				c.unit = next.unit; // "eight of the top ten teams"
				continue;
			}
			if (c.unit == null && !c.ordinal && !next.ordinal && next.unit != null
					&& SHARE_GAP.matcher(gap).matches()) {
				c.unit = next.unit; // "about 5,000, or 9% of its work force of 55,000
									// employees"
				continue;
			}
			if (c.unit == null && !c.ordinal && !next.ordinal && next.unit != null && PAIR_GAP.matcher(gap).matches()) {
				c.unit = next.unit;
				next.upperBound = RANGE_GAP.matcher(gap).matches() && next.value > c.value
						|| gap.contains(",") && next.value == c.value + 1 || gap.contains("and")
								&& clean.substring(Math.max(0, c.start - 8), c.start).endsWith("between ");
			}
		}
		for (int i = 0; i < found.size(); i++) {
			Candidate c = found.get(i);
			if (c.unit != null || c.ordinal || c.scaled) {
				continue;
			}
			Candidate previous = i > 0 ? found.get(i - 1) : null;
			if (previous != null && !previous.ordinal && previous.unit != null
					&& sameSentence(document, previous.start, c.start)
					&& (c.ofThem || c.start >= previous.unitEnd
							&& LIST_GAP.matcher(clean.substring(previous.unitEnd, c.start)).matches()
							&& !clean.startsWith(" per", c.end) && !clean.startsWith(" a ", c.end))) {
				c.unit = previous.unit;
				c.unitEnd = c.end;
				continue;
			}
			if (previous != null && !previous.ordinal && previous.unit != null
					&& sameSentence(document, previous.start, c.start)
					&& clean.substring(Math.max(0, previous.start - 5), previous.start).endsWith("from ")
					&& c.start >= previous.unitEnd
					&& TO.matcher(clean.substring(previous.unitEnd, c.start)).matches()) {
				// "from two a month to ten": a change, not a range
				c.unit = previous.unit;
				c.unitEnd = c.end;
				continue;
			}
			Candidate opening = openingCount(document, clean, found, i);
			if (opening != null) {
				// "Of the 22 matches ..., twelve ended in defeat, six in victory"
				c.unit = opening.unit;
				c.unitEnd = c.end;
				continue;
			}
			Candidate counted = lastCounted(document, found, i);
			Matcher rate = RATE_AFTER.matcher(clean).region(c.end, clean.length());
			if (counted != null && (rate.lookingAt() || parallel(clean, counted, c)
					|| MORE_AFTER.matcher(clean).region(c.end, clean.length()).lookingAt())) {
				// "179 tankers at a rate of 15 a year"; "appoint three members ...
				// appoint six."
				c.unit = counted.unit;
				c.unitEnd = c.end;
			}
			else if (counted == null && rate.lookingAt()) {
				// "two a month": so many things, whichever, per month
				c.unit = "per " + rate.group(1).toLowerCase(Locale.ROOT);
				c.unitEnd = rate.end();
			}
		}
	}

	/** "making them third, fourth and fifth": placings listed after the first one. */
	private static void listedPlacings(String clean, List<Candidate> found) {
		for (int i = 1; i < found.size(); i++) {
			Candidate c = found.get(i);
			Candidate previous = found.get(i - 1);
			if (c.ordinal && c.unit == null && previous.ordinal && "place".equals(previous.unit)
					&& previous.end <= c.start
					&& PLACING_GAP.matcher(clean.substring(previous.end, c.start)).matches()) {
				c.unit = "place";
			}
		}
	}

	/** "The final vote was 52-35": both sides count votes. */
	private static void tallies(DocumentText document, String clean, List<int[]> dateSpans, List<Candidate> found) {
		if (!VOTE.matcher(clean).find()) {
			return; // tallies are asked only where votes are counted
		}
		Matcher t = TALLY.matcher(clean);
		while (t.find()) {
			int at = t.start();
			if (dateSpans.stream().anyMatch(span -> span[0] < t.end() && at < span[1])
					|| !VOTE.matcher(sentenceText(document, clean, at)).find()) {
				continue;
			}
			for (int g = 1; g <= 2; g++) {
				Candidate c = new Candidate(t.start(g), t.end(g), Long.parseLong(t.group(g)), false);
				c.unit = "vote";
				found.add(c);
			}
			for (Candidate bare : found) {
				if (bare.unit == null && !bare.ordinal && !bare.scaled && bare.start > t.end()
						&& sameSentence(document, at, bare.start)) {
					bare.unit = "vote"; // "was 52-35, eight short of the 60 needed"
				}
			}
		}
	}

	/** "has twice before sued": two times. */
	private static void times(String clean, List<Candidate> found) {
		if (!clean.contains("wice") && !clean.contains("hrice") && !clean.contains("WICE")) {
			return;
		}
		Matcher t = TWICE.matcher(clean);
		while (t.find()) {
			Candidate c = new Candidate(t.start(1), t.end(1), t.group(1).equalsIgnoreCase("twice") ? 2 : 3, false);
			c.unit = "time";
			found.add(c);
		}
	}

	/**
	 * "Of the 22 matches where ...": the count a sentence opens with, before the i-th.
	 */
	private static Candidate openingCount(DocumentText document, String clean, List<Candidate> found, int i) {
		Sentence sentence = document.sentenceAt(found.get(i).start);
		if (sentence == null) {
			return null;
		}
		for (int k = i - 1; k >= 0 && found.get(k).start >= sentence.start(); k--) {
			Candidate p = found.get(k);
			if (!p.ordinal && p.unit != null && !isTimeUnit(p.unit)
					&& OF_THE_COUNT.matcher(clean.substring(sentence.start(), p.start)).matches()
					&& clean.indexOf(',', p.unitEnd) >= 0 && clean.indexOf(',', p.unitEnd) < found.get(i).start) {
				return p;
			}
		}
		return null;
	}

	/** The nearest count of things (not of time) before the i-th, in its sentence. */
	private static Candidate lastCounted(DocumentText document, List<Candidate> found, int i) {
		for (int k = i - 1; k >= 0; k--) {
			Candidate p = found.get(k);
			if (!sameSentence(document, p.start, found.get(i).start)) {
				return null;
			}
			if (!p.ordinal && p.unit != null && !p.upperBound && !isTimeUnit(p.unit)) {
				return p;
			}
		}
		return null;
	}

	/**
	 * "will appoint three members ..., and the government will appoint six.": the same
	 * verb before both numbers, the second ending its clause.
	 */
	private static boolean parallel(String clean, Candidate counted, Candidate bare) {
		Matcher before = LAST_WORD.matcher(clean.substring(Math.max(0, bare.start - 30), bare.start));
		Matcher earlier = LAST_WORD
			.matcher(BOUND_BEFORE.matcher(clean.substring(Math.max(0, counted.start - 40), counted.start))
				.replaceFirst(" "));
		Matcher range = BARE_RANGE_END.matcher(clean).region(bare.end, clean.length());
		int end = range.lookingAt() ? range.end() : bare.end;
		return before.find() && earlier.find() && before.group(1).equalsIgnoreCase(earlier.group(1))
				&& !Nouns.FUNCTION_WORDS.contains(before.group(1).toLowerCase(Locale.ROOT))
				&& CLAUSE_END.matcher(clean).region(end, clean.length()).lookingAt();
	}

	private static boolean sameSentence(DocumentText document, int a, int b) {
		Sentence s = document.sentenceAt(a);
		return s != null && s == document.sentenceAt(b);
	}

	private static String sentenceText(DocumentText document, String clean, int at) {
		Sentence s = document.sentenceAt(at);
		return s == null ? "" : clean.substring(s.start(), s.end());
	}

	private static int unitEnd(String clean, int from, String unit, List<String> words) {
		int at = from;
		for (String w : words) {
			at = clean.indexOf(w, at) + w.length();
			if (Nouns.singular(clip(w)).equals(unit) || clip(w).equals(unit)) {
				return at;
			}
		}
		return at;
	}

	private static List<String> wordsAfter(String clean, int at) {
		List<String> words = new ArrayList<>(UNIT_WINDOW);
		Matcher w = WORD.matcher(clean).region(at, Math.min(clean.length(), at + 100));
		while (words.size() < UNIT_WINDOW && w.find()) {
			words.add(w.group(1));
		}
		return words;
	}

	/** "his third visit", "the 70th anniversary", "a second full summit". */
	private static String ordinalUnit(List<String> words, boolean title) {
		for (int i = 0; i < words.size(); i++) {
			String w = words.get(i);
			String lower = clip(w);
			if (i < words.size() - 1 && (lower.equals("such") || isProperModifier(w, words.get(i + 1)))) {
				continue; // "the third such lawsuit", "a third US car maker"
			}
			if (Character.isUpperCase(w.charAt(0))) {
				boolean possessive = !clip(w).equals(w.toLowerCase(Locale.ROOT));
				if (i < words.size() - 1 && Character.isUpperCase(words.get(i + 1).charAt(0)) && !possessive) {
					continue; // "the fourth Harry Potter book"; "the Fourteenth
								// Amendment's Clause"
				}
				// "the Fourteenth Amendment" is a title; "the fourth Kim has sent" counts
				// no Kims
				return title ? Nouns.singular(lower) : null;
			}
			if (!Character.isLowerCase(w.charAt(0)) || Nouns.FUNCTION_WORDS.contains(lower) && !lower.equals("time")) {
				return null;
			}
			if (PERIOD_PARTS.contains(lower)) {
				return null;
			}
			if (i == words.size() - 1 || !Nouns.isModifier(lower)) {
				return Nouns.TIME_UNITS.contains(lower) ? lower : Nouns.singular(lower);
			}
		}
		return null;
	}

	/**
	 * "27 letters", "two leaders", "one additional round", "179 new aerial refueling
	 * tankers", "2 million copies", "thirty minutes", "24 A320s".
	 */
	private static String cardinalUnit(List<String> words, long value, String before) {
		if (value == 1 && NO_BEFORE.matcher(before).find()) {
			return null;
		}
		for (int i = 0; i < words.size(); i++) {
			String raw = words.get(i);
			String w = clip(raw);
			if ((w.equals("more") || w.equals("other")) && i == 0 && words.size() > 1
					&& !Nouns.FUNCTION_WORDS.contains(clip(words.get(1)))) {
				continue; // "six more jets"
			}
			if (i < words.size() - 1 && words.get(i + 1).equals("per") && Character.isLowerCase(raw.charAt(0))
					&& !Nouns.FUNCTION_WORDS.contains(w) && !NOT_COUNTED.contains(Nouns.singular(w))) {
				return Nouns.singular(w); // "a 40 mile per gallon car"
			}
			if (i > 0 && Character.isDigit(raw.charAt(0)) && !isProperPlural(raw)
					&& words.get(i - 1).chars().anyMatch(Character::isUpperCase)) {
				continue; // "12 Falcon 900 jets", "every 200 iPhone 4 users"
			}
			if ((w.equals("and") || w.equals("or")) && i > 0 && i < words.size() - 1
					&& Character.isLowerCase(words.get(i - 1).charAt(0))
					&& Character.isLowerCase(words.get(i + 1).charAt(0))
					&& !Nouns.FUNCTION_WORDS.contains(clip(words.get(i - 1)))
					&& !Nouns.FUNCTION_WORDS.contains(clip(words.get(i + 1)))) {
				continue; // "nine underground shaft and chamber tombs": modifiers joined
			}
			if (Nouns.FUNCTION_WORDS.contains(w) || w.equals("old") || NOT_COUNTED.contains(Nouns.singular(w))
					|| isNumberWord(raw)) {
				return null;
			}
			if (Nouns.TIME_UNITS.contains(w)) {
				return i == 0 ? Nouns.singular(w) : null;
			}
			if (IRREGULAR_PLURALS.contains(w) || w.equals("person") && value == 1) {
				return Nouns.singular(w);
			}
			boolean capital = !raw.equals(raw.toLowerCase(Locale.ROOT)); // "Apple", "iOS"
			if (capital) {
				if (isProperPlural(raw)) {
					return Nouns.singular(w);
				}
				if (i < words.size() - 1) {
					continue; // "500 Apple engineers", "3 new U.S. routes"
				}
				return null;
			}
			boolean noun = value == 1 ? !Nouns.isModifier(w)
					: Nouns.isPlural(w) || i == 0 && ARTICLE_BEFORE.matcher(before).find() && !Nouns.isModifier(w)
							&& !w.endsWith("ing") && words.size() > 1 && Character.isLowerCase(words.get(1).charAt(0))
							&& !Nouns.FUNCTION_WORDS.contains(clip(words.get(1)));
			if (noun) {
				return Nouns.singular(w);
			}
			if (w.endsWith("ly")) {
				return null;
			}
		}
		return null;
	}

	/** "Macs", "Democrats", "A320s", "737s", not "Jobs'" nor "U.S.". */
	private static boolean isProperPlural(String word) {
		return PROPER_PLURAL.matcher(word).matches() && !word.endsWith("ss") && !word.endsWith("us")
				&& word.length() > 3 && !Nouns.FUNCTION_WORDS.contains(word.toLowerCase(Locale.ROOT));
	}

	/** "US car maker", "Macintosh personal computer": a name before a lower-case noun. */
	private static boolean isProperModifier(String word, String next) {
		return Character.isUpperCase(word.charAt(0)) && Character.isLowerCase(next.charAt(0))
				&& !Nouns.FUNCTION_WORDS.contains(clip(next)) && !next.endsWith("ed");
	}

	private static boolean isNumberWord(String word) {
		return Character.isDigit(word.charAt(0)) && !isProperPlural(word)
				|| NumberWords.cardinal(word) != null && !word.equalsIgnoreCase("a") && !word.equalsIgnoreCase("an");
	}

	private static boolean isTimeUnit(String unit) {
		return unit != null && Nouns.TIME_UNITS.contains(unit);
	}

	/**
	 * The unit of an ordinal standing alone: from "the letter is the fourth", else from
	 * the ordinal just before it in the series ("the second letter ... The third was"),
	 * else from the last ordinal.
	 */
	private static String contextUnit(DocumentText document, String clean, int at, long value,
			List<CountFact> ordinals) {
		Sentence sentence = document.sentenceAt(at);
		if (sentence != null) {
			Matcher s = SUBJECT_IS.matcher(clean.substring(sentence.start(), at).toLowerCase(Locale.ROOT));
			if (s.find() && !Nouns.FUNCTION_WORDS.contains(s.group(1))) {
				return Nouns.singular(s.group(1));
			}
		}
		for (int i = ordinals.size() - 1; i >= 0 && at - ordinals.get(i).end() < 1000; i--) {
			if (ordinals.get(i).value() == value - 1) {
				return ordinals.get(i).unit();
			}
		}
		CountFact last = ordinals.isEmpty() ? null : ordinals.get(ordinals.size() - 1);
		return last != null && at - last.end() < 600 ? last.unit() : null;
	}

	private static String clip(String word) {
		String w = word.toLowerCase(Locale.ROOT);
		int apostrophe = w.indexOf('’') >= 0 ? w.indexOf('’') : w.indexOf('\'');
		return apostrophe > 0 ? w.substring(0, apostrophe) : w;
	}

}
