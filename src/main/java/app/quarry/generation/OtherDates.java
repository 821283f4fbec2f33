package app.quarry.generation;

import java.util.regex.Pattern;

import app.quarry.generation.extract.DateFact;

/**
 * Whether a sentence tells the time of its events by another date than the one asked. A
 * year before a common noun ("breached the 1991 agreement") dates that thing; in a
 * sentence that also says when its own event happened ("a suit filed in May 2003 says the
 * 1991 agreement was breached") the year only recalls a thing the story has dated before,
 * and the sentence's date is the one worth asking.
 */
final class OtherDates {

	/** A year set before a word, as "the 1991 agreement" has it. */
	private static final Pattern YEAR_BEFORE_A_WORD = Pattern.compile("\\s+\\p{L}");

	private OtherDates() {
	}

	/**
	 * Whether the site's sentence holds a date fact other than the one given that is not
	 * itself a year before a word.
	 */
	static boolean told(FactSite site, DateFact asked) {
		int from = site.sentence().start();
		int to = site.sentence().end();
		String text = site.document().text();
		return site.document()
			.facts()
			.stream()
			.filter(f -> f instanceof DateFact && f != asked && f.start() >= from && f.end() <= to)
			.anyMatch(f -> !(f.text().matches("\\d{4}") && f.end() < text.length()
					&& YEAR_BEFORE_A_WORD.matcher(text).region(f.end(), text.length()).lookingAt()));
	}

}
