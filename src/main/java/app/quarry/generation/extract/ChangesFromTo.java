package app.quarry.generation.extract;

import java.util.List;
import java.util.regex.Pattern;

import app.quarry.corpus.DocumentText;

/**
 * A change told by the level it left and the level it reached, "from A to B": the two
 * numbers count the same things, and whichever of them names its noun names it for both.
 * "fell from 30 to just 18 days" (30 days before), "grew from 40 ships to nearly 65" (65
 * ships after), "cut its staff from 120 to about 95 people". A bound may stand before the
 * level reached ("just", "only", "about", "more than"). After a verb or noun of change
 * the second number is the new level, not the top of a range ("rose from 1,500 to 20,000
 * people" tells both); "ranges from 20 to 30 days" is still a range.
 */
final class ChangesFromTo {

	/**
	 * "from ", "from about ", "from at least ": the level left, right before the first
	 * number.
	 */
	private static final Pattern FROM_BEFORE = Pattern
		.compile("(?i)\\bfrom\\s+(?:(?:about|around|nearly|almost|some|roughly|approximately|just|only|at\\s+least"
				+ "|at\\s+most|more\\s+than)\\s+)?$");

	/**
	 * " to ", " to just ", " to more than ": the level reached, right before the second.
	 */
	private static final Pattern TO_GAP = Pattern.compile("\\s+to\\s+(?:(?:about|around|nearly|almost|some|roughly"
			+ "|approximately|just|only|barely|a\\s+mere|more\\s+than|less\\s+than|fewer\\s+than|over|under"
			+ "|just\\s+over|just\\s+under|well\\s+over|well\\s+under|at\\s+least|at\\s+most|up\\s+to)\\s+)?");

	/**
	 * A word of change before "from", with at most its object between: "rose from", "cut
	 * its staff from", "a reduction in the limit from", "revised down the figure, from".
	 */
	private static final Pattern CHANGE_BEFORE_FROM = Pattern.compile(
			"(?i)\\b(?:rose|risen|rises?|rising|fell|fallen|falls?|falling|grew|grown|grows?|growing|climb(?:s|ed|ing)?"
					+ "|increas(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)|drop(?:s|ped|ping)?|declin(?:e|es|ed|ing)|jump(?:s|ed|ing)?"
					+ "|slipp?(?:s|ed|ing)?|shr(?:ank|unk|inks?|inking)|dipp?(?:s|ed|ing)?|soar(?:s|ed|ing)?|plung(?:e|es|ed|ing)"
					+ "|slump(?:s|ed|ing)?|swell(?:s|ed|ing)?|swollen|cut(?:s|ting)?|reduc(?:e|es|ed|ing|tion)|rais(?:e|es|ed|ing)"
					+ "|lift(?:s|ed|ing)?|lower(?:s|ed|ing)?|boost(?:s|ed|ing)?|revis(?:e|es|ed|ing|ion)|expand(?:s|ed|ing)?"
					+ "|expansion|enlargement|doubl(?:e|es|ed|ing)|tripl(?:e|es|ed|ing)|halv(?:e|es|ed|ing)|went\\s+(?:up|down)"
					+ "|rise|fall|increase|decrease|drop|decline)\\b[^,;:()\"“”.!?]{0,70}?,?\\s+from\\s+(?:(?:about|around"
					+ "|nearly|almost|some|roughly|approximately|just|only)\\s+)?$");

	/**
	 * The second number stops there: no noun of its own follows ("to 65.", "to 65 by
	 * May", "to 65 last year").
	 */
	private static final Pattern BARE_END = Pattern.compile("\\s*(?:[.,;:)]|\\s+(?:in|at|on|by|a|an|the|last|this|"
			+ "next|because|since|after|before|when|while|as|and|but|for|with|under|over|within|during)\\b|$)");

	/** How far before the first number a word of change may stand. */
	private static final int REACH = 110;

	private ChangesFromTo() {
	}

	/** Gives the two numbers of each "from A to B" their shared noun. */
	static void changes(DocumentText document, String clean, List<CountCandidate> found) {
		for (int i = 0; i + 1 < found.size(); i++) {
			CountCandidate c = found.get(i);
			CountCandidate next = found.get(i + 1);
			if (c.ordinal || next.ordinal || c.ofThem || next.ofThem || c.partOfNext
					|| !CountWords.sameSentence(document, c.start, next.start)
					|| !FROM_BEFORE.matcher(clean).region(Math.max(0, c.start - 30), c.start).find()) {
				continue;
			}
			int gapStart = c.unit == null ? c.end : c.unitEnd;
			if (gapStart > next.start || !TO_GAP.matcher(clean).region(gapStart, next.start).matches()) {
				continue;
			}
			if (c.unit == null && next.unit != null && !next.unit.startsWith("per ")) {
				c.unit = next.unit; // "from 30 to just 18 days"
			}
			else if (next.unit == null && c.unit != null && !c.unit.startsWith("per ")
					&& BARE_END.matcher(clean).region(next.end, clean.length()).lookingAt()) {
				next.unit = c.unit; // "from 40 ships to nearly 65"
				next.unitEnd = next.end;
			}
			if (next.upperBound && c.unit != null
					&& CHANGE_BEFORE_FROM.matcher(clean).region(Math.max(0, c.start - REACH), c.start).find()) {
				// "rose from 1,500 to 20,000 people": both levels
				next.upperBound = false;
			}
		}
	}

}
