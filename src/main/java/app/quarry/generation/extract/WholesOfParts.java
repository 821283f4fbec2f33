package app.quarry.generation.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The whole a share or a rank is told of is background, not asked: "12 out of the top 40
 * songs", "nine out of 10 members", "one in ten users", "the third of the four big
 * brewers". The part is the news; the whole beside it is the scale it is read on. A plain
 * part ("four of six projects", "of its 1,500 shares", "one of 13 passengers") leaves its
 * whole asked: the whole is as often the count a reader is told. So does a whole told
 * "out of" a number that is no round base ("lost five out of nine finals", "four out of
 * eight samples"): a rate is read on 10 or 100, a real whole is counted.
 */
final class WholesOfParts {

	/**
	 * " of the ", " out of its more than ", " of the big ": the words between a part and
	 * the whole it is part of.
	 */
	private static final Pattern OF_WHOLE = Pattern.compile(
			"(?i)\\s+(?<out>out\\s+)?of\\s+(?:(?:the|these|those|(?<owner>its|their|his|her|our|\\p{L}[\\p{L}.&-]*[’']s))\\s+)?"
					+ "(?:(?:top|first|last|big|biggest|largest|leading|other|remaining|original)\\s+)?"
					+ "(?:(?:more\\s+than|fewer\\s+than|less\\s+than|at\\s+least|about|around|nearly|almost|some|over"
					+ "|roughly|approximately|estimated)\\s+)?");

	/** " out of ": a part told out of a bare number, with no chart or bound between. */
	private static final Pattern PLAIN_OUT_OF = Pattern.compile("(?i)\\s+out\\s+of\\s+");

	/** "one in ten", "two in every five": a share told as a part of a round whole. */
	private static final Pattern IN_WHOLE = Pattern.compile("(?i)\\s+in\\s+(?:every\\s+)?");

	private WholesOfParts() {
	}

	/** Marks the wholes of shares and ranks among the numbers found. */
	static void mark(String clean, List<CountCandidate> found) {
		for (int i = 0; i + 1 < found.size(); i++) {
			CountCandidate part = found.get(i);
			CountCandidate next = found.get(i + 1);
			if (next.start < part.end) {
				continue;
			}
			String gap = clean.substring(part.end, next.start);
			if (next.ordinal || part.value >= next.value) {
				continue; // a part is smaller than its whole
			}
			var of = OF_WHOLE.matcher(gap);
			if (of.matches() && of.group("owner") == null) {
				// "four of six projects" is told as often for its whole as for its part,
				// and "of its 1,500 shares" tells what the owner has: both stay asked
				next.background |= part.ordinal
						|| of.group("out") != null && !(PLAIN_OUT_OF.matcher(gap).matches() && !roundBase(next.value));
			}
			else if (!part.ordinal && IN_WHOLE.matcher(gap).matches()) {
				next.background = true;
			}
		}
	}

	/** 10, 100, 1,000: the bases a rate is told on ("nine out of 10"). */
	private static boolean roundBase(long value) {
		long v = value;
		while (v >= 10 && v % 10 == 0) {
			v /= 10;
		}
		return v == 1 && value >= 10;
	}

}
