package app.quarry.generation;

import app.quarry.bank.BankQuestion;
import app.quarry.bank.QuestionFormat;
import app.quarry.corpus.Sentence;
import app.quarry.generation.extract.DateFact;
import app.quarry.generation.extract.DurationFact;
import app.quarry.generation.extract.Fact;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The periods a company's report gives its figures for: "a third-quarter loss of $42
 * million", "net rose to $61 million from $44 million a year earlier", "for the nine
 * months, it earned $3.4 billion". A reader asked to fill in the period answers with the
 * report's own words, so these are asked as a cloze only: a question rewritten around
 * "the third quarter" would have readers guess whether the quarter or its year is wanted.
 * "The latest quarter" and a bare "the quarter" say nothing a reader could be asked to
 * recall, and are left alone.
 */
final class ReportedPeriodClozes {

	/**
	 * The words that number a report's quarter, "third" of "the third quarter": one list
	 * for every reader of a report's periods.
	 */
	static final String QUARTER_NUMBERS = "first|second|third|fourth|1st|2nd|3rd|4th";

	/** The words that make a report's period its latest: "the most recent quarter". */
	static final String LATEST_WORDS = "latest|most\\s+recent";

	/** A quarter named by its number: "the third quarter", "fourth-quarter". */
	private static final Pattern NUMBERED_QUARTER = Pattern.compile("(?i)(?:the\\s+)?(?:year-(?:ago|earlier)\\s+)?"
			+ "(?:fiscal[\\s-]+)?(?:" + QUARTER_NUMBERS + ")[\\s-]+(?:fiscal\\s+)?quarter");

	/**
	 * A span of whole months within one year: a quarter, a half, the first nine months.
	 */
	private static final Pattern MONTHS = Pattern.compile("(\\d{4})-(\\d{2})/(\\d{4})-(\\d{2})");

	/** "the latest period", "the latest quarter". */
	private static final Pattern LATEST = Pattern
		.compile("(?i)(?:the\\s+)?(?:" + LATEST_WORDS + ")\\s+(?:fiscal\\s+)?(?:period|quarter)");

	/** What a company's report speaks of: its figures, charges and shareholders. */
	private static final Pattern REPORT_WORDS = Pattern
		.compile("(?i)\\b(?:earnings|profits?|revenues?|income|net|loss(?:es)?|sales|charges?|dividends?"
				+ "|shareholders?|stock)\\b");

	/**
	 * Money or a change in it, in figures or, as a broadcast says it, in words: "$12.8
	 * million", "4.5 billion yen", "rose 9%", "an eighteen percent drop".
	 */
	private static final Pattern MONEY = Pattern.compile(
			"(?i)[$€£¥]\\s?\\d|(?:\\d|\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\w+teen|\\w+ty|hundred)"
					+ ")\\s*(?:(?:million|billion|dollars|percent)\\b|%)");

	/** The quarters of a game: "led 80-72 in the fourth quarter", "scored twice". */
	private static final Pattern GAME = Pattern.compile("(?i)\\b(?:scored?|scoring|points?|touchdowns?|goals?|led|"
			+ "trailed|game|match|innings?|overtime|\\d+-\\d+)\\b");

	/** A figure the period anchors: "$12.8 million", "12%", "41 cents". */
	static final Pattern FIGURE = Pattern.compile("[$€£¥]\\s?\\d|\\d\\s?(?:%|percent\\b|cents?\\b)");

	/**
	 * The words before a report's span of months that make it the months of its year so
	 * far: "the first nine months", "for the nine months", "the year-earlier nine
	 * months".
	 */
	private static final Pattern YEAR_SO_FAR = Pattern
		.compile("(?i)\\bthe\\s+(?:(?<back>year-(?:ago|earlier)|comparable)\\s+|(?:first|latest)\\s+)?$");

	/** A report's months so far, as the duration reads them. */
	private static final Pattern MONTHS_SO_FAR = Pattern.compile("(?i)(?:six|nine|6|9)\\s+months");

	private ReportedPeriodClozes() {
	}

	/**
	 * "Sales in the latest period were $2.3 billion": the period a report is about, which
	 * its words do not name; a reader could only guess it from the figures.
	 */
	static boolean isLatest(DateFact fact) {
		return LATEST.matcher(fact.text()).matches();
	}

	/**
	 * Whether a date is a period a report gives its figures for, asked as a cloze only: a
	 * numbered quarter, or the same period a year back beside a figure.
	 */
	static boolean asks(FactSite site, DateFact fact) {
		if (fact.value() == null || !MONTHS.matcher(fact.value()).matches()
				|| GAME.matcher(site.sentence().text()).find() || !isAReport(site.document().text())) {
			return false;
		}
		if (NUMBERED_QUARTER.matcher(fact.text()).matches()) {
			return true;
		}
		return YearBackPeriods.YEAR_BACK.matcher(fact.text()).matches()
				&& FIGURE.matcher(site.sentence().text()).find();
	}

	/**
	 * Whether a text reports a company's figures: it speaks of earnings, profit, income,
	 * losses or sales, and gives money or a change in percent. "The Bulls led in the
	 * fourth quarter" is a game's.
	 */
	private static boolean isAReport(String text) {
		return REPORT_WORDS.matcher(text).find() && MONEY.matcher(text).find();
	}

	/**
	 * A period a company report gives its figures for ("a third-quarter loss", "from $44
	 * million a year earlier"), asked as a cloze in the report's words with the months it
	 * stands for; null when the date is no such period.
	 */
	static List<BankQuestion> of(FactSite site, DateFact fact) {
		if (isLatest(fact)) {
			return List.of();
		}
		if (YearBackPeriods.saidOfAYear(site, fact) && fact.value() != null
				&& FIGURE.matcher(site.sentence().text()).find() && isAReport(site.document().text())) {
			// "trail the 38 cents a share it posted last year": the year, asked in
			// the report's words, as a question rewritten around it could tie it to the
			// wrong verb
			return cloze(site, fact.text(), fact.value());
		}
		String value = YearBackPeriods.value(site, fact);
		DateFact period = new DateFact(fact.text(), fact.start(), fact.end(), value, fact.relative());
		if (!asks(site, period)) {
			return null;
		}
		value = FiscalQuarters.months(value, site.document().text());
		if (site.text().startsWith("'s", site.to()) || site.text().startsWith("’s", site.to())) {
			DateValue date = DateValue.parse(value);
			BankQuestion q = date == null ? null : PossessiveDates.cloze(site, date);
			return q == null ? List.of() : List.of(q);
		}
		return cloze(site, fact.text(), value);
	}

	/** The cloze on a report's period, in the report's own words. */
	static List<BankQuestion> cloze(FactSite site, String written, String value) {
		DateValue date = DateValue.parse(value);
		if (date == null) {
			return List.of();
		}
		String plain = Statement.plain(written);
		List<String> accepted = Stream.concat(Stream.of(plain), date.accepted().stream()).distinct().toList();
		BankQuestion q = site.question(QuestionFormat.CLOZE, "Fill in the date: " + site.blanked(), plain, date.iso(),
				accepted, List.of(), null);
		return q == null ? List.of() : List.of(q);
	}

	/**
	 * "For the nine months, it earned $3.4 billion": the months of the report's year so
	 * far, January to September, asked as a cloze on the period's words.
	 */
	static List<BankQuestion> ofMonthsSoFar(FactSite site, DurationFact duration) {
		String value = monthsSoFar(site, duration);
		if (value == null || !Statement.isStatement(site.sentence().text())) {
			return List.of();
		}
		String text = site.document().text();
		int start = periodStart(text, site.sentence(), duration);
		DateFact period = new DateFact(text.substring(start, duration.end()), start, duration.end(), value, true);
		return cloze(new FactSite(site.document(), site.sentence(), period), period.text(), value);
	}

	/**
	 * The months of a report's year so far that "the first nine months" or "the
	 * year-earlier nine months" stand for, in the year of the quarter the report last
	 * named (a year back for "year-earlier"); null for any other duration, or when the
	 * report named no quarter that ends those months.
	 */
	static String monthsSoFar(FactSite site, DurationFact duration) {
		if (!MONTHS_SO_FAR.matcher(duration.text()).matches() || !within(site.sentence(), duration)
				|| !FIGURE.matcher(site.sentence().text()).find()) {
			return null;
		}
		String text = site.document().text();
		Matcher before = YEAR_SO_FAR.matcher(text).region(site.sentence().start(), duration.start());
		if (!before.find() || !FiscalQuarters.calendar(text)) {
			// a company's own year runs its nine months from another January
			return null;
		}
		int months = duration.text().charAt(0) == 's' || duration.text().charAt(0) == 'S'
				|| duration.text().charAt(0) == '6' ? 6 : 9;
		String quarter = lastQuarterEnding(site.document(), duration.start(), months);
		if (quarter == null) {
			return null;
		}
		int year = Integer.parseInt(quarter.substring(0, 4)) - (before.group("back") != null ? 1 : 0);
		return year + "-01/" + year + "-" + String.format(Locale.ROOT, "%02d", months);
	}

	/**
	 * The last calendar quarter the report named before a point whose end month is the
	 * one its months so far run to: "the third quarter" before "the nine months".
	 */
	static String lastQuarterEnding(SourceDocument document, int before, int month) {
		String found = null;
		for (Fact f : inOrder(document)) {
			if (f.start() >= before) {
				break;
			}
			if (f instanceof DateFact d && d.value() != null && NUMBERED_QUARTER.matcher(d.text()).matches()
					&& !d.text().toLowerCase(Locale.ROOT).contains("year-")) {
				Matcher m = MONTHS.matcher(d.value());
				if (m.matches() && Integer.parseInt(m.group(4)) == month && Integer.parseInt(m.group(2)) == month - 2) {
					found = d.value();
				}
			}
		}
		return found;
	}

	/** Where the period's words begin: "the first nine months" from its "the". */
	private static int periodStart(String text, Sentence sentence, DurationFact duration) {
		Matcher before = YEAR_SO_FAR.matcher(text).region(sentence.start(), duration.start());
		return before.find() ? before.start() : duration.start();
	}

	/** A document's facts in the order they are told. */
	static List<Fact> inOrder(SourceDocument document) {
		return document.facts().stream().sorted(Comparator.comparingInt(Fact::start)).toList();
	}

	static boolean within(Sentence sentence, Fact fact) {
		return fact.start() >= sentence.start() && fact.end() <= sentence.end();
	}

}
