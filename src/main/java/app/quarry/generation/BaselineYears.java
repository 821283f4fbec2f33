package app.quarry.generation;

import java.util.regex.Pattern;

import app.quarry.generation.extract.DateFact;

/**
 * "cut emissions to 40% below 1990 levels by 2030", "yields fell to 10% of 2000 levels":
 * a year before "levels" or "prices" is the yardstick a change is measured against, not
 * the time of anything told. Beside the date the sentence does tell, a question on the
 * yardstick asks what a reader would not take from it; alone it is still asked.
 */
final class BaselineYears {

	/** A year alone. */
	private static final Pattern YEAR = Pattern.compile("\\d{4}");

	/** "of ", "below ", "than ", "pre-": the comparison before a yardstick year. */
	private static final Pattern COMPARED_BEFORE = Pattern
		.compile("(?i)(?:\\b(?:of|below|above|at|to|from|than|over|under|beyond|near|with|on)\\s+|\\bpre-)$");

	/** " levels", " prices": what a yardstick year measures. */
	private static final Pattern MEASURE_AFTER = Pattern
		.compile("(?i)^[-\\s]+(?:levels?|prices|figures|values|rates|standards|emissions|output)\\b");

	private BaselineYears() {
	}

	/**
	 * Whether the year of {@code fact} is a yardstick in a sentence that tells another
	 * date.
	 */
	static boolean yardstick(FactSite site, DateFact fact, String sentence) {
		return YEAR.matcher(fact.text()).matches() && COMPARED_BEFORE.matcher(sentence.substring(0, site.from())).find()
				&& MEASURE_AFTER.matcher(sentence.substring(site.to())).find() && anotherDate(site, fact);
	}

	/**
	 * Whether the site's sentence holds another date: "by 2050" beside "of 2000 levels".
	 */
	private static boolean anotherDate(FactSite site, DateFact asked) {
		int from = site.sentence().start();
		int to = site.sentence().end();
		return site.document()
			.facts()
			.stream()
			.anyMatch(f -> f instanceof DateFact && f != asked && f.start() >= from && f.end() <= to
					&& (f.end() <= asked.start() || f.start() >= asked.end()));
	}

}
