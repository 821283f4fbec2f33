package app.quarry.generation.extract;

import java.util.List;
import java.util.regex.Pattern;

import app.quarry.corpus.DocumentText;

/**
 * A bare number told as a part of the count just before it, or set against it: "holds
 * 504,200 shares, including 254,200 bought last week", "employs 3,000 people, among them
 * 400 at home", "shipped 4,500 units, compared with 3,200 a year earlier", "carried 2.1
 * million passengers, against 1.8 million", "employs 1,200 workers, down from 2,000", "40
 * hurt, up from an early report of 25", "completed 190 passes out of 270", "recovered 58
 * balls, 14 more than the visitors". Business and wire news leave the noun out of the
 * second number: it counts what the first counts (a part, being a part, is smaller).
 */
final class RelatedCounts {

	private RelatedCounts() {
	}

	/** A bound before the number: "including about". */
	private static final String BOUND = "(?:(?:about|around|nearly|almost|some|roughly|over|more\\s+than"
			+ "|at\\s+least|only|just)\\s+)?";

	/** "including", "among them": the words that open a part. */
	private static final Pattern PART_OPENS = Pattern
		.compile("(?i)(?:\\bincluding|\\bexcluding|\\bamong\\s+(?:them|whom|which)),?\\s+" + BOUND + "$");

	/**
	 * "compared with", "up from", "against", "down from an earlier estimate of": the
	 * words that set one level by another.
	 */
	private static final Pattern COMPARISON_OPENS = Pattern.compile("(?i)(?:\\bcompared\\s+(?:with|to)|\\bas\\s+against"
			+ "|\\bagainst|\\bversus|\\bvs\\.|\\b(?:up|down|rising|falling|dropping|climbing|sliding)\\s+from"
			+ "(?:\\s+(?:an?|the)\\s+(?:\\p{Ll}+\\s+)?(?:report|estimate|figure|count|tally|total|toll|forecast)\\s+of)?)\\s+"
			+ BOUND + "$");

	/**
	 * "out of", "out of a possible": the words that open the whole a count before was
	 * part of ("completed 190 passes out of 270").
	 */
	private static final Pattern WHOLE_OPENS = Pattern
		.compile("(?i)\\bout\\s+of\\s+(?:a\\s+(?:total\\s+of|possible)\\s+)?" + BOUND + "$");

	/**
	 * " more than", " fewer than": the number after the count is its margin over another
	 * ("recovered 58 balls, 14 more than the visitors").
	 */
	private static final Pattern MARGIN_AFTER = Pattern.compile("(?i)\\s+(?:more|fewer|less)\\s+than\\b");

	/** Between the count and the number: a comma, a few words, no other clause. */
	private static final Pattern BETWEEN = Pattern.compile("[^.;:“”\"()]{0,60}");

	/**
	 * Gives a bare number told as a part of the count before it, or set against it, that
	 * count's unit.
	 */
	static void relate(DocumentText document, String clean, List<CountCandidate> found) {
		for (int i = 1; i < found.size(); i++) {
			CountCandidate c = found.get(i);
			if (c.alreadyRead()) {
				continue;
			}
			String before = clean.substring(Math.max(0, c.start - 40), c.start);
			// a part, or a margin, is smaller than the count before it; a whole is larger
			boolean part = PART_OPENS.matcher(before).find()
					|| MARGIN_AFTER.matcher(clean).region(c.end, clean.length()).lookingAt();
			boolean ofWhole = WHOLE_OPENS.matcher(before).find();
			if (!part && !ofWhole && !COMPARISON_OPENS.matcher(before).find()
					|| ElidedUnits.SHARE_AFTER.matcher(clean).region(c.end, clean.length()).lookingAt()) {
				continue;
			}
			CountCandidate whole = found.get(i - 1);
			if (whole.countsThings() && (!part || whole.value > c.value) && (!ofWhole || whole.value < c.value)
					&& whole.unitEnd <= c.start && CountWords.sameSentence(document, whole.start, c.start)
					&& BETWEEN.matcher(clean).region(whole.unitEnd, c.start).matches()) {
				c.unit = whole.unit;
				c.unitEnd = c.end;
			}
		}
	}

}
