package app.quarry.generation.extract;

import java.util.ArrayList;
import java.util.List;
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

	static final String TIME_UNIT = "second|minute|hour|day|week|month|year|decade|century";

	/**
	 * "twenty four": tens and units written apart, as transcripts of speech write them.
	 */
	static final String SPOKEN_TENS = "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\\s"
			+ "(?:one|two|three|four|five|six|seven|eight|nine)\\b";

	/** Markets count index points as a measure, not as things. */
	private static final Pattern MARKET = Pattern
		.compile("(?i)\\b(?:index|indices|dow|djia|nasdaq|s&p|ftse|nikkei|dax|hang seng|stocks?|shares?|markets?)\\b");

	private final DateFinder dates = new DateFinder();

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

	private List<CountFact> counts(DocumentAnalysis analysis) {
		DocumentText document = analysis.document();
		String clean = document.cleanText();
		List<int[]> dateSpans = new ArrayList<>();
		for (Fact f : this.dates.find(analysis)) {
			if (!isRangeStart(f)) {
				dateSpans.add(new int[] { f.start(), f.end() });
			}
		}
		List<CountCandidate> found = candidates(document, clean, dateSpans);
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
		ScaleLevels.levels(clean, found);
		ChangedSubjects.changes(document, clean, found);
		SubjectsAtALevel.levels(document, clean, found);
		ChangesFromTo.changes(document, clean, found);
		ChangeAmounts.changes(clean, found);
		RelatedCounts.relate(document, clean, found);
		BreakdownParts.parts(document, clean, found);
		BreakdownParts.summedParts(document, clean, found);
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
		List<CountFact> counts = kept(document, clean, found);
		CountsReadApart.add(document, clean, counts);
		counts.sort((a, b) -> Integer.compare(a.start(), b.start()));
		ConvertedMeasures.drop(clean, counts);
		return counts;
	}

	/**
	 * Every number in the text that may be a count, with what it counts; numbers inside
	 * dates and model names are left out, the latter lending their noun to a count.
	 */
	private static List<CountCandidate> candidates(DocumentText document, String clean, List<int[]> dateSpans) {
		Set<String> models = NumberNames.modelNumbers(clean);
		List<CountCandidate> found = new ArrayList<>();
		List<CountFact> ordinals = new ArrayList<>();
		Matcher m = CountNumberShapes.NUMBER.matcher(clean).useTransparentBounds(true).useAnchoringBounds(false);
		List<Integer> starts = new ArrayList<>();
		WordStarts.forEach(clean, CountNumberShapes.TRIGGERS, starts::add);
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
			CountCandidate c = CountCandidates.candidate(document, clean, m, ordinals, models);
			if (c == null || !c.ordinal && Fractions.isShare(clean, m.end())) {
				continue; // "three quarters of"
			}
			c.multiplier = !c.ordinal && "time".equals(c.unit) && Multipliers.multiplies(clean, c.end);
			if (models.contains(m.group())
					&& !CountCandidates.AGO_AFTER.matcher(clean).region(m.end(), clean.length()).lookingAt()
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
		return found;
	}

	/**
	 * The counts kept from the candidates: those with a unit that are no upper bound, no
	 * background figure, no race's name and no market's index points.
	 */
	private static List<CountFact> kept(DocumentText document, String clean, List<CountCandidate> found) {
		List<CountFact> counts = new ArrayList<>();
		for (CountCandidate c : found) {
			if (c.unit != null && !c.upperBound && !c.background && !RaceDistances.namesRace(clean, c.start, c.end)
					&& !(c.unit.equals("point")
							&& MARKET.matcher(CountWords.sentenceText(document, clean, c.start)).find())) {
				counts.add(new CountFact(document.text().substring(c.start, c.end), c.start, c.end, c.value, c.ordinal,
						c.unit));
			}
		}
		return counts;
	}

	/**
	 * The lower count of a range, "20" in "between 20 and 40 weeks": a length of its own,
	 * yet still the count the range gives.
	 */
	private static boolean isRangeStart(Fact f) {
		return f instanceof DurationFact && f.text().chars().allMatch(Character::isLetterOrDigit);
	}

}
