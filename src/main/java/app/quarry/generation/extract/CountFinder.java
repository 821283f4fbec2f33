package app.quarry.generation.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.quarry.corpus.DocumentText;

/**
 * Finds counts and ordinals with what they count: "27 letters" (27, letter), "two
 * leaders", "13.7 million Macs" (13700000, mac), "179 new aerial refueling tankers", "a
 * 30-year drought" (30, year), "aged 56", "his third visit" (3rd, visit), "the 70th
 * anniversary". A number whose noun is left out takes it from its neighbour: "102 and 21
 * people", "4,300 jobs in France, 3,700 in Germany", or from a noun said before it
 * ("bring total shares outstanding to 28.7 million"). An ordinal standing alone ("The
 * letter is the fourth Kim has sent", "The first was delivered") takes its unit from the
 * sentence ("the letter is") or from the last ordinal before it. Numbers that are parts
 * of dates, years, times, money, percentages, index points, model numbers ("iPhone 4",
 * "Flight 574") and identifiers are not counts.
 */
public final class CountFinder implements FactFinder {

	private static final String SCALES = "hundred|thousand|million|billion|trillion|quadrillion|quintillion";

	static final String TIME_UNIT = "second|minute|hour|day|week|month|year|decade|century";

	/**
	 * "twenty four": tens and units written apart, as transcripts of speech write them.
	 */
	static final String SPOKEN_TENS = "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\\s"
			+ "(?:one|two|three|four|five|six|seven|eight|nine)\\b";

	/**
	 * A superlative joined to an ordinal ranks the noun after it: "the second-largest
	 * bank", "the third-biggest loss". The words after the superlative give the noun.
	 */
	private static final String RANKING_SUPERLATIVE = "(?i:largest|biggest|highest|lowest|worst|best|greatest|smallest"
			+ "|longest|fastest|deadliest|busiest|oldest|youngest|richest|wealthiest|strongest|heaviest|tallest"
			+ "|costliest|poorest|most|least)";

	private static final Pattern NUMBER = Pattern.compile("(?<![\\w.$€£#,/-])(?:(?<ord>(?i:" + NumberWords.ORDINAL_REGEX
			+ ")|\\d{1,4}(?:st|nd|rd|th))(?:-" + RANKING_SUPERLATIVE
			+ "(?=\\s))?|(?<card>\\d{1,3}(?:,\\d{3})+|\\d{1,3}(?:,\\d{3})*\\.\\d+(?=\\s+(?i:" + SCALES
			+ ")\\b)|\\d{1,6}|(?i:" + SpokenCompounds.REGEX + "|" + SPOKEN_TENS + "|" + NumberWords.CARDINAL_REGEX
			+ "|a(?=\\s+(?:million|billion|trillion|quadrillion|quintillion)\\b)))(?:\\s+(?<scale>(?i:" + SCALES
			+ "|dozen)))?(?:\\s?\\+(?=\\s))?" + "(?:-to-(?<max>\\d{1,4}))?(?:-(?<hyphenUnit>(?i:" + TIME_UNIT
			+ "))s?(?<old>-old)?|-(?<hyphenNoun>[a-z]{3,})(?=[\\s)]))?)" + "(?![\\w%$]|[.,:/]\\d|-\\w|\\s\\d+/\\d)");

	/** " years ago": a number before it counts time, whatever name stands before it. */
	private static final Pattern AGO_AFTER = Pattern.compile("\\s+(?:days?|weeks?|months?|years?|decades?)\\s+ago\\b");

	/** A scale without "a" or a number before it says no number. */
	private static final Set<String> BARE_SCALE = Set.of("hundred", "thousand", "dozen");

	/** "twenty four": tens written apart from their units. */
	private static final Pattern TENS_BEFORE = Pattern
		.compile("\\b(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\\s+$");

	/** "two hundred and": the first part of a number written out in words. */
	private static final Pattern HUNDRED_AND_BEFORE = Pattern.compile("\\bhundred\\s+and\\s+$");

	/**
	 * "a hundred thirty", "three thousand five hundred": a number spoken in parts without
	 * "and", each part of which would misstate it.
	 */
	private static final Pattern SCALE_BEFORE = Pattern.compile("\\b(?:hundred|thousand)\\s+$");

	private static final Pattern NUMBER_WORD_AFTER = Pattern.compile("\\s+(?i:" + NumberWords.CARDINAL_REGEX + ")\\b");

	/** " and thirty": the rest of a number written out in words. */
	private static final Pattern AND_NUMBER_AFTER = Pattern
		.compile("\\s+and\\s+(?i:" + NumberWords.CARDINAL_REGEX + ")\\b");

	/** Markets count index points as a measure, not as things. */
	private static final Pattern MARKET = Pattern
		.compile("(?i)\\b(?:index|indices|dow|djia|nasdaq|s&p|ftse|nikkei|dax|hang seng|stocks?|shares?|markets?)\\b");

	private final DateFinder dates = new DateFinder();

	/** Number words that may begin a count or ordinal (besides digits). */
	private static final Set<String> TRIGGERS = triggers();

	/** A document's counts, read once for the finders that build on them. */
	private static final DocumentAnalysis.Kind<List<CountFact>> COUNTS = new DocumentAnalysis.Kind<>("counts");

	@Override
	public List<CountFact> find(DocumentAnalysis document) {
		return document.get(COUNTS, d -> List.copyOf(counts(d)));
	}

	/** The counts of a document read on its own. */
	public List<CountFact> find(DocumentText document, ExtractionContext context) {
		return find(new DocumentAnalysis(document, context));
	}

	private static Set<String> triggers() {
		Set<String> words = new HashSet<>(Set.of("half", "Half")); // "half a million"
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

	private List<CountFact> counts(DocumentAnalysis analysis) {
		DocumentText document = analysis.document();
		String clean = document.cleanText();
		List<int[]> dateSpans = new ArrayList<>();
		for (Fact f : this.dates.find(analysis)) {
			if (!isRangeStart(f)) {
				dateSpans.add(new int[] { f.start(), f.end() });
			}
		}
		Set<String> models = NumberNames.modelNumbers(clean);
		List<CountCandidate> found = new ArrayList<>();
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
			CountCandidate c = candidate(document, clean, m, ordinals, models);
			if (c == null || !c.ordinal && Fractions.isShare(clean, m.end())) {
				continue; // "three quarters of"
			}
			c.multiplier = !c.ordinal && "time".equals(c.unit) && Multipliers.multiplies(clean, c.end);
			if (models.contains(m.group()) && !AGO_AFTER.matcher(clean).region(m.end(), clean.length()).lookingAt()
					|| !c.ordinal && NumberNames
						.afterComparative(clean.substring(Math.max(0, m.start() - 40), m.start()), m.group("card"))) {
				// "Acme's larger 777 planes": a count comes before the adjectives of its
				// noun, so a number after one names a model
				ModelParts.lendNoun(clean, found, m.start(), c);
				continue;
			}
			while (d < dateSpans.size() && dateSpans.get(d)[1] <= m.start()) {
				d++;
			}
			boolean inDate = d < dateSpans.size() && dateSpans.get(d)[0] < m.end();
			if (inDate && !CountWords.isTimeUnit(c.unit) && m.group("scale") == null
					&& !RunOfUnits.countsQuarters(clean, m.end(), c)) {
				continue; // "June 24", "10 a.m."; "two years ago" still counts years
			}
			found.add(c);
			if (c.ordinal && c.unit != null) {
				ordinals.add(new CountFact(document.text().substring(c.start, c.end), c.start, c.end, c.value, true,
						c.unit));
			}
		}
		TallyCounts.scores(clean, found);
		SharedUnits.shareUnits(document, clean, found);
		PartitiveGroups.lend(document, clean, found);
		CountsGoingOn.read(document, clean, found);
		CasualtyCounts.tolls(document, clean, found);
		ElidedUnits.elided(document, clean, found);
		BareSubjects.lend(document, clean, found);
		PeopleAboard.read(clean, found);
		PeopleByTheirDeeds.read(document, clean, found);
		MostOfAKind.read(document, clean, found);
		LevelCounts.levels(document, clean, found);
		ChangedSubjects.changes(document, clean, found);
		SubjectsAtALevel.levels(document, clean, found);
		ChangesFromTo.changes(document, clean, found);
		ChangeAmounts.changes(clean, found);
		RelatedCounts.relate(document, clean, found);
		BreakdownParts.parts(document, clean, found);
		StandingsLists.standings(document, clean, found);
		ElidedObjects.lend(document, clean, found);
		OrdinalUnits.listedPlacings(clean, found);
		TallyCounts.tallies(document, clean, dateSpans, found);
		TallyCounts.times(clean, found);
		TitleTimes.read(clean, found);
		TallyCounts.splits(clean, found);
		found.sort((a, b) -> Integer.compare(a.start, b.start));
		Multipliers.keepAlone(document, clean, found);
		MeasureParts.read(clean, found);
		WholesOfParts.mark(clean, found);
		List<CountFact> counts = new ArrayList<>();
		for (CountCandidate c : found) {
			if (c.unit != null && !c.upperBound && !c.background && !RaceDistances.namesRace(clean, c.start, c.end)
					&& !(c.unit.equals("point")
							&& MARKET.matcher(CountWords.sentenceText(document, clean, c.start)).find())) {
				counts.add(new CountFact(document.text().substring(c.start, c.end), c.start, c.end, c.value, c.ordinal,
						c.unit));
			}
		}
		CountsReadApart.add(document, clean, counts);
		counts.sort((a, b) -> Integer.compare(a.start(), b.start()));
		ConvertedMeasures.drop(clean, counts);
		return counts;
	}

	private CountCandidate candidate(DocumentText document, String clean, Matcher m, List<CountFact> ordinals,
			Set<String> models) {
		String before = clean.substring(Math.max(0, m.start() - 40), m.start());
		String lowerBefore = before.toLowerCase(Locale.ROOT);
		boolean ordinal = m.group("ord") != null;
		String scale = m.group("scale");
		Long base = ordinal ? NumberWords.ordinal(m.group("ord")) : scale == null
				? SpokenNumbers.cardinal(m.group("card")) : Long.valueOf(SpokenNumbers.scaled(m.group("card"), scale));
		Dozens.Told dozen = ordinal || scale != null ? null : Dozens.read(m.group("card"), " " + lowerBefore);
		if (base == null
				|| dozen == null && !ordinal && BARE_SCALE.contains(m.group("card").toLowerCase(Locale.ROOT))) {
			return null; // "several thousand", "two dozen": how many is not said
		}
		long value = dozen == null ? base : dozen.value();
		if (!ordinal && scale == null && "one".equalsIgnoreCase(m.group("card"))
				&& NegatedOnes.negated(clean, m.start())) {
			return null; // "not one vote", "not seen one ship, of one fleet": none
		}
		String hyphenUnit = m.group("hyphenUnit");
		if (!ordinal && scale == null && hyphenUnit == null && m.group("card").length() == 4 && value >= 1600
				&& value < 2100 && !FourDigitCounts.counts(clean, m.start("card"), m.end("card"))) {
			return null; // a year
		}
		if (value < 0 || Character.isDigit(m.group().charAt(0)) && NumberNames.namesSomething(before)
				&& !AGO_AFTER.matcher(clean).region(m.end(), clean.length()).lookingAt()) {
			return null; // "iPhone 4", but "NATO 50 years ago" counts years
		}
		int end = scale != null ? m.end("scale") : ordinal ? m.end("ord") : m.end("card");
		// the expressions on the words before end with a word or a dash, and are
		// searched only where the words before end with it: most numbers follow another
		if (!Character.isDigit(m.group().charAt(0)) && TENS_BEFORE.matcher(lowerBefore).find()) {
			return null; // "twenty four hours" without its hyphen: not a four
		}
		if (ElidedUnits.lastWord(lowerBefore).equals("and") && HUNDRED_AND_BEFORE.matcher(lowerBefore).find()
				|| "hundred".equalsIgnoreCase(scale)
						&& AND_NUMBER_AFTER.matcher(clean).region(m.end(), clean.length()).lookingAt()) {
			return null; // "two hundred and thirty four": one number its parts would
							// misstate
		}
		if (!Character.isDigit(m.group().charAt(0)) && (SCALE_BEFORE.matcher(lowerBefore).find()
				|| scale != null && NUMBER_WORD_AFTER.matcher(clean).region(m.end(), clean.length()).lookingAt())) {
			return null; // "a hundred thirty staff" is no 30 staff, nor 100 of anything
		}
		if (!ordinal && scale == null && Character.isDigit(m.group().charAt(0))
				&& SpacedDashRanges.endsOne(clean, before, m.end("card"), value)) {
			return null; // "aged 6 – 9 years" is asked by its lower end
		}
		if (!ordinal && scale == null && PronounOnes.pronoun(clean, m.group("card"), m.end("card"))) {
			return null; // "one made up of volunteers" stands for one of those named
		}
		if (!ordinal && scale == null && PronounOnes.takenFromGroup(clean, m.group("card").toLowerCase(Locale.ROOT),
				sentenceStart(document, m.start()), m.start(), m.end("card"))) {
			return null; // "held two men and jailed one to 16 months": one of the men
		}
		if (!ordinal && scale == null && RangesOfAmounts.opensScaledOne(clean, m.end("card"))) {
			return null; // "between 2 and 3 million people": two million, not two people
		}
		if (RangesOfAmounts.endsOne(before)) {
			return null; // "1.5 to 2 years" measures, "US$300 to 350 million" is money
		}
		// "the No. 2 music retailer" ranks retailers as "the second" does
		boolean numberedRank = !ordinal && scale == null && NumberedRanks.ranks(before, m.group("card"));
		CountCandidate c = new CountCandidate(m.start() - (dozen == null ? 0 : dozen.back()), end, value,
				ordinal || numberedRank);
		c.upperBound = scale != null && !ordinal && RangesOfAmounts.endsScaledOne(before);
		c.scaled = scale != null && !"dozen".equalsIgnoreCase(scale); // "three dozen" is
																		// no money
		if (hyphenUnit != null) {
			if (DebtTerms.namesDebt(clean, m.end())) {
				return null; // "the 30-year Treasury bond" names a bond
			}
			c.unit = hyphenUnit.toLowerCase(Locale.ROOT);
			return c;
		}
		String hyphenNoun = m.group("hyphenNoun");
		if (hyphenNoun != null) {
			return HyphenedNouns.read(c, clean, m, hyphenNoun, value) ? c : null;
		}
		List<String> words = CountWords.wordsAfter(clean,
				MeasuredModifiers.skip(clean, QuotedModifiers.skip(clean, m.end()), ordinal));
		if (Character.isUpperCase(m.group().charAt(0)) && !NumberNames.opensSentence(before)
				&& NamedOrdinals.opensName(ordinal, words)) {
			return null; // "the One Day International", "the Second Acme War": a name
		}
		if (numberedRank) {
			c.unit = NumberedRanks.unit(words);
			return c.unit == null ? null : c;
		}
		if (ordinal && (NegatedOrdinals.negated(lowerBefore) || AlternativeOrdinals.upperGuess(before))) {
			return null; // "not the first time" ranks nothing; "third or fourth" is the
							// third
		}
		if (ordinal) {
			return OrdinalUnits.read(c, document, clean, m, lowerBefore, words, ordinals, models) ? c : null;
		}
		CardinalUnits.read(c, clean, m, before, lowerBefore, words);
		StatedCounts.read(c, document, clean, before);
		CollectiveSizes.read(c, clean, before);
		if (!c.ofThem && !c.partOfNext) {
			AgeShapes.read(c, clean, m, before);
		}
		AgeShapes.ageAfterAged(c, clean, m, before);
		return c;
	}

	private static int sentenceStart(DocumentText document, int at) {
		var sentence = document.sentenceAt(at);
		return sentence == null ? Math.max(0, at - 200) : Math.min(sentence.start(), at);
	}

	/**
	 * The lower count of a range, "20" in "between 20 and 40 weeks": a length of its own,
	 * yet still the count the range gives.
	 */
	private static boolean isRangeStart(Fact f) {
		return f instanceof DurationFact && f.text().chars().allMatch(Character::isLetterOrDigit);
	}

}
