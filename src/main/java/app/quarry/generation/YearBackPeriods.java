package app.quarry.generation;

import app.quarry.corpus.Sentence;
import app.quarry.generation.extract.DateFact;
import app.quarry.generation.extract.DurationFact;
import app.quarry.generation.extract.Fact;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a report's comparison with a year back stands for: "up from $2.9 billion a year
 * earlier" said of the nine months is those months a year before, said of the first half
 * that half, and "last year's $2.1 billion" beside a quarter that quarter a year before.
 */
final class YearBackPeriods {

	/**
	 * The same period a year back: "a year ago", "a year earlier", "the year-earlier
	 * period", "the year-ago quarter", "last year's".
	 */
	static final Pattern YEAR_BACK = Pattern.compile("(?i)an?\\s+year\\s+(?:ago|earlier)"
			+ "|(?:the\\s+)?(?:comparable\\s+)?year-(?:ago|earlier)(?:\\s+(?:period|quarter))?|last\\s+year(?:['’]s)?"
			+ "|(?:the\\s+)?(?:same|comparable)\\s+(?:period|quarter)\\s+(?:of\\s+)?"
			+ "(?:(?:the\\s+)?last\\s+year|an?\\s+year\\s+(?:ago|earlier))");

	/**
	 * A period a sentence gives its own figures for: "the third quarter", "the first
	 * half", not one counted back ("the year-ago quarter").
	 */
	private static final Pattern OWN_PERIOD = Pattern
		.compile("(?i)(?:the\\s+)?(?:fiscal[\\s-]+)?(?:first|second|third|fourth|1st|2nd|3rd|4th)[\\s-]+"
				+ "(?:fiscal\\s+)?(?:quarter|half)");

	/**
	 * "last year", "last year's": the year before, which a report may say of a quarter.
	 */
	private static final Pattern LAST_YEAR = Pattern.compile("(?i)last\\s+year(?:['’]s)?");

	/** A possessive ending: "last year's". */
	private static final Pattern POSSESSIVE = Pattern.compile("['’]s\\b");

	/** A calendar quarter's span of months. */
	private static final Pattern QUARTER = Pattern.compile("(\\d{4})-(?:01/\\1-03|04/\\1-06|07/\\1-09|10/\\1-12)");

	/** "the first half" of a report's year. */
	private static final Pattern FIRST_HALF = Pattern.compile("(?i)\\bthe\\s+first\\s+half\\b");

	/** A span of whole months within one year. */
	private static final Pattern MONTHS = Pattern.compile("(\\d{4})-(\\d{2})/(\\d{4})-(\\d{2})");

	private YearBackPeriods() {
	}

	/**
	 * The period a year-back comparison stands for: the sentence's own period a year
	 * back, or last year's quarter; the value extracted when neither applies.
	 */
	static String value(FactSite site, DateFact fact) {
		if (saidOfAYear(site, fact)) {
			return fact.value();
		}
		String own = yearBackOfTheSentencesPeriod(site, fact);
		String lastYears = own == null ? yearBackOfQuarter(site, fact) : null;
		return own != null ? own : lastYears != null ? lastYears : fact.value();
	}

	/**
	 * "A year earlier" said beside the period a sentence gives its figures for ("for the
	 * nine months, it earned $3.4 billion, up from $2.9 billion a year earlier", "revenue
	 * for the first half rose from $950 million a year ago") stands for that period a
	 * year back, whichever quarter the report named before; null when the sentence names
	 * no such period before it.
	 */
	private static String yearBackOfTheSentencesPeriod(FactSite site, DateFact fact) {
		if (fact.value() == null || !YEAR_BACK.matcher(fact.text()).matches()
				|| !ReportedPeriodClozes.FIGURE.matcher(site.sentence().text()).find()) {
			return null;
		}
		String period = null;
		for (Fact f : ReportedPeriodClozes.inOrder(site.document())) {
			if (f.start() >= fact.start()) {
				break;
			}
			if (!ReportedPeriodClozes.within(site.sentence(), f)) {
				continue;
			}
			if (f instanceof DurationFact d && ReportedPeriodClozes.monthsSoFar(site, d) != null) {
				period = ReportedPeriodClozes.monthsSoFar(site, d);
			}
			else if (f instanceof DateFact d && d.value() != null && MONTHS.matcher(d.value()).matches()
					&& OWN_PERIOD.matcher(d.text()).matches()) {
				period = d.value();
			}
		}
		if (period == null) {
			// "revenue for the first half rose from $950 million a year ago": a half
			// without its year is no date of its own, yet the report's second quarter
			// dates it
			Matcher half = FIRST_HALF.matcher(site.document().text()).region(site.sentence().start(), fact.start());
			String quarter = half.find() && FiscalQuarters.calendar(site.document().text())
					? ReportedPeriodClozes.lastQuarterEnding(site.document(), half.start(), 6) : null;
			period = quarter == null ? null : quarter.substring(0, 4) + "-01/" + quarter.substring(0, 4) + "-06";
		}
		return period == null ? null : yearBack(period);
	}

	/**
	 * "Sales were $2.3 billion in the third quarter, up from last year's $2.1 billion":
	 * last year's figure is the same quarter's, named in this sentence or the one before;
	 * null when no quarter of the year after is named so near.
	 */
	private static String yearBackOfQuarter(FactSite site, DateFact fact) {
		if (fact.value() == null || !LAST_YEAR.matcher(fact.text()).matches() || !fact.value().matches("\\d{4}")
				|| !ReportedPeriodClozes.FIGURE.matcher(site.sentence().text()).find()) {
			return null;
		}
		int year = Integer.parseInt(fact.value());
		String quarter = null;
		for (Fact f : ReportedPeriodClozes.inOrder(site.document())) {
			if (f.start() >= fact.start()) {
				break;
			}
			if (f instanceof DateFact d && d.value() != null && !YEAR_BACK.matcher(d.text()).matches()
					&& QUARTER.matcher(d.value()).matches() && sentencesApart(site, d) <= 1) {
				quarter = d.value();
			}
		}
		return quarter != null && Integer.parseInt(quarter.substring(0, 4)) == year + 1 ? yearBack(quarter) : null;
	}

	/**
	 * "It earned $3 million last year", "the 38 cents a share it posted last year": "last
	 * year" on its own tells when, and what it tells is the year, beside a quarter's
	 * figures too; only "last year's" before a figure ("up from last year's $2.1
	 * billion") stands for that figure's period.
	 */
	static boolean saidOfAYear(FactSite site, DateFact fact) {
		return LAST_YEAR.matcher(fact.text()).matches() && !POSSESSIVE.matcher(fact.text()).find()
				&& !POSSESSIVE.matcher(site.text()).region(site.to(), site.text().length()).lookingAt();
	}

	/** How many sentences stand between a fact and the site's sentence. */
	private static int sentencesApart(FactSite site, Fact fact) {
		Sentence told = site.document().sentenceOf(fact);
		if (told == null) {
			return Integer.MAX_VALUE;
		}
		if (told.start() >= site.sentence().start()) {
			return 0;
		}
		String between = site.document().text().substring(told.end(), site.sentence().start());
		return between.strip().isEmpty() ? 1 : 2;
	}

	/** The same span of months a year back: "1989-07/1989-09" gives "1988-07/1988-09". */
	static String yearBack(String months) {
		Matcher m = MONTHS.matcher(months);
		if (!m.matches()) {
			return null;
		}
		return (Integer.parseInt(m.group(1)) - 1) + "-" + m.group(2) + "/" + (Integer.parseInt(m.group(3)) - 1) + "-"
				+ m.group(4);
	}

}
