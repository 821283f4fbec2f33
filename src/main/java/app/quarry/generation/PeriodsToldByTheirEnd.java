package app.quarry.generation;

import app.quarry.generation.extract.DateFact;
import java.util.regex.Pattern;

/**
 * A report's period told by the day it ended: "the first fiscal quarter ended Sept. 27",
 * "its second quarter ended Friday", "the six months ending Aug. 12", "the year ended
 * March 31". The day dates the figures and is asked on its own; the period's own words
 * make no date of their own. Which months a company's quarter covers is its fiscal year's
 * business: "the first quarter" ended in September runs from July, and one that ended on
 * a Sunday in late October need not be the calendar's fourth.
 */
final class PeriodsToldByTheirEnd {

	/** The words of a period: "the third quarter", "fiscal 1989's first half". */
	private static final Pattern PERIOD = Pattern.compile("(?i).*\\b(?:quarter|half|year|period|months)");

	/** Its end told just after it: ", which ended", " ending", " ended". */
	private static final Pattern ENDED = Pattern
		.compile("(?i),?\\s+(?:that\\s+|which\\s+)?(?:ended|ending|ends|closed|through)\\s+\\S");

	private PeriodsToldByTheirEnd() {
	}

	static boolean is(FactSite site, DateFact fact) {
		String sentence = site.text();
		return PERIOD.matcher(fact.text()).matches()
				&& ENDED.matcher(sentence).region(site.to(), sentence.length()).lookingAt();
	}

}
