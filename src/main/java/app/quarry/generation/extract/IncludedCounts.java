package app.quarry.generation.extract;

import java.util.List;
import java.util.regex.Pattern;

import app.quarry.corpus.DocumentText;

/**
 * A bare number told as a part of the count just before it: "holds 504,200 shares,
 * including 254,200 bought last week", "employs 3,000 people, among them 400 at home".
 * The part counts what the whole counts, and is smaller than it.
 */
final class IncludedCounts {

	private IncludedCounts() {
	}

	/** "including", "among them", with a bound: the words that open a part. */
	private static final Pattern PART_OPENS = Pattern.compile("(?i)(?:\\bincluding|\\bexcluding|\\bamong\\s+(?:them"
			+ "|whom|which)),?\\s+(?:(?:about|around|nearly|almost|some|roughly|over|more\\s+than|at\\s+least)\\s+)?$");

	/** Between the whole and its part: a comma, a few words, no other clause. */
	private static final Pattern BETWEEN = Pattern.compile("[^.;:“”\"()]{0,60}");

	/** Gives a bare number told as a part of the count before it that count's unit. */
	static void parts(DocumentText document, String clean, List<CountCandidate> found) {
		for (int i = 1; i < found.size(); i++) {
			CountCandidate c = found.get(i);
			if (c.unit != null || c.ordinal || c.upperBound || c.ofThem || c.partOfNext) {
				continue;
			}
			String before = clean.substring(Math.max(0, c.start - 40), c.start);
			if (!PART_OPENS.matcher(before).find()
					|| ElidedUnits.SHARE_AFTER.matcher(clean).region(c.end, clean.length()).lookingAt()) {
				continue;
			}
			CountCandidate whole = found.get(i - 1);
			if (whole.unit != null && !whole.ordinal && whole.value > c.value && whole.end <= c.start
					&& !CountWords.isTimeUnit(whole.unit) && !whole.unit.startsWith("per ")
					&& CountWords.sameSentence(document, whole.start, c.start)
					&& BETWEEN.matcher(clean).region(whole.unitEnd, c.start).matches()) {
				c.unit = whole.unit;
			}
		}
	}

}
