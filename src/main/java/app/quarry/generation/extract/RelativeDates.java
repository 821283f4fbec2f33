package app.quarry.generation.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates placed from the reference date or from a date the text named before: "yesterday",
 * "Sunday", "last week", "in June", "next summer", "three days ago", "the following
 * year".
 */
final class RelativeDates {

	private final DateRun run;

	private final CountedDates counted;

	private final SeasonDates seasons;

	RelativeDates(DateRun run) {
		this.run = run;
		this.counted = new CountedDates(run);
		this.seasons = new SeasonDates(run);
	}

	private static final Pattern SPACES = Pattern.compile("\\s+");

	/**
	 * The words that place a weekday from the day told of last: "the previous Friday".
	 */
	private static final Pattern ANCHORED = Pattern.compile("previous|preceding|following");

	/** A possessive ending: "Thursday's", "tomorrow's". */
	static final Pattern POSSESSIVE = Pattern.compile("['’]s");

	static boolean reads(Matcher m) {
		return m.group("season") != null || m.group("om") != null || m.group("rel") != null || m.group("agon") != null
				|| m.group("an") != null;
	}

	Fact read(Matcher m, int s, int e, int sentence, String clean) {
		if (m.group("season") != null) {
			return this.seasons.read(m, s, e, sentence);
		}
		if (m.group("om") != null) {
			return month(m, s, e, sentence, clean);
		}
		if (m.group("rel") != null) {
			return relativeWords(m, s, e, sentence, clean);
		}
		if (m.group("agon") != null) {
			return countedBack(m, s, e, sentence, clean);
		}
		if (m.group("an") != null) {
			return this.counted.read(m, s, e, sentence);
		}
		return null;
	}

	/**
	 * "in June", "last March", "in July of that year": a month placed in the year the
	 * text is telling of.
	 */
	private Fact month(Matcher m, int s, int e, int sentence, String clean) {
		int month = DateExpressions.month(m.group("om"));
		if (m.group("omthat") != null) {
			Integer year = this.run.years.yearOf(m.group("omthat"));
			return this.run.dateFact(s, e, year == null ? null : YearMonth.of(year, month).toString(), true);
		}
		String before = (m.group("omrel") != null ? m.group("omrel") : clean.substring(Math.max(0, s - 6), s))
			.toLowerCase(Locale.ROOT);
		Integer year;
		if (m.group("omrel") != null && this.run.refMonth != null) {
			year = this.run.years.yearNamed(month, m.group("omrel").strip().toLowerCase(Locale.ROOT));
		}
		else {
			year = this.run.years.yearForMonth(month, sentence, s, before);
		}
		return this.run.dateFact(s, e, year == null ? null : YearMonth.of(year, month).toString(),
				m.group("omrel") != null);
	}

	/** "yesterday", "last week", "Sunday": a day or period placed from the reference. */
	private Fact relativeWords(Matcher m, int s, int e, int sentence, String clean) {
		String rel = m.group("rel");
		if (RelativeWordsReadOtherwise.at(rel, clean, s, e)) {
			return null;
		}
		if (rel.toLowerCase(Locale.ROOT).startsWith("the") && rel.toLowerCase(Locale.ROOT).endsWith("weekend")) {
			// "over the weekend": the one just past, unless the words speak ahead
			rel = this.run.tense(s) > 0 ? "this weekend" : "last weekend";
		}
		else if (PastWeekends.justGone(rel, this.run.tense(s), this.run.ref)) {
			rel = "last weekend";
		}
		String value = relative(rel, s, this.run.ref);
		if (value != null && YEAR.matcher(value).matches() && opensSentence(sentence, s) && !owning(clean, e)) {
			// "Last year, the plant opened on March 3": a year the words set the sentence
			// in holds the days told after it, as a year written out does; "up from last
			// year" later in a sentence compares, and sets nothing in that year
			this.run.focus(Integer.parseInt(value), sentence, s);
		}
		return this.run.dateFact(s, e, value, true);
	}

	/**
	 * "Last year's champion": the year owns a thing, and sets no time for the sentence.
	 */
	private static boolean owning(String clean, int end) {
		return end < clean.length() && (clean.charAt(end) == '\'' || clean.charAt(end) == '’');
	}

	private static final Pattern YEAR = Pattern.compile("\\d{4}");

	private boolean opensSentence(int sentence, int at) {
		return this.run.doc.sentences().get(sentence).start() == at;
	}

	/** "about ", "a little over ": a hedge that makes a count of time rough. */
	private static final Pattern ROUGHLY_BEFORE = Pattern.compile("(?i)\\b(?:about|around|roughly|some|nearly|almost"
			+ "|(?:a\\s+)?little\\s+(?:(?:more|less)\\s+than|over|under)|(?:just\\s+)?(?:over|under|more\\s+than|less\\s+than)"
			+ "|approximately)\\s+$");

	/** "three days ago", "a year ago": a time counted back from the reference. */
	private Fact countedBack(Matcher m, int s, int e, int sentence, String clean) {
		if (ScaledAgo.vague(clean, s, m.group("agon"))) {
			return null; // "several hundred years ago" tells no number of years
		}
		Long n = ScaledAgo.count(m.group("agon"));
		String quarter = this.run.quarters.last(sentence, 4);
		if (quarter != null && n != null && n == 1 && m.group("agou").startsWith("year")) {
			// "profit rose from a year ago" in a quarterly report: that quarter
			// last year, at the granularity the report itself uses
			return this.run.dateFact(s, e, NamedQuarters.yearsAway(quarter, -1), true);
		}
		if (n != null && n == 1 && m.group("agou").startsWith("year") && this.run.ref != null
				&& ROUGHLY_BEFORE.matcher(clean).region(Math.max(0, s - 30), s).find()) {
			// "about a year ago", "a little over a year ago": a rough count of a year
			// names the year, not a month of it
			return this.run.dateFact(s, e, CalendarSpans.iso(this.run.ref.getYear() - 1), true);
		}
		return this.run.dateFact(s, e, ago(n, m.group("agou")), true);
	}

	String relative(String expression, int at, LocalDate ref) {
		String e = SPACES.matcher(expression.toLowerCase(Locale.ROOT)).replaceAll(" ");
		if (e.equals("this past weekend") && ref != null && ref.getDayOfWeek().getValue() >= 6) {
			// said on a weekend, the weekend just past may be this one or the one before
			return null;
		}
		// "this past weekend", "this past Sunday": the last one
		e = e.replaceFirst("^this past ", "last ");
		if (ref == null) {
			if (this.run.refMonth != null && e.endsWith("this month")) {
				return this.run.refMonth.toString();
			}
			if (this.run.reviewedYear() != null && e.equals("this year")) {
				// a look back on a year is written in that year
				return this.run.reviewedYear().toString();
			}
			if (this.run.toldInYear() != null && e.endsWith(" year") && mayTakeTheYearToldIn(at, expression.length())) {
				// "4.4% in 2004, but 3.3% next year": the year the story is told in
				int year = this.run.toldInYear();
				return switch (e.replaceFirst("^(?:earlier|later) ", "")) {
					case "this year" -> String.valueOf(year);
					case "next year" -> String.valueOf(year + 1);
					case "last year" -> String.valueOf(year - 1);
					default -> null;
				};
			}
			return null;
		}
		String value = CalendarSpans.deictic(e, ref);
		if (value != null) {
			return value;
		}
		String[] words = e.split(" ");
		DayOfWeek day = DayOfWeek.valueOf(words[words.length - 1].toUpperCase(Locale.ROOT));
		if (words.length == 3 && ANCHORED.matcher(words[1]).matches()) {
			// "the previous Friday", "the following Monday": the one before or after the
			// day the text has just told of
			LocalDate last = this.run.earlier.lastDay(this.run.sentenceIndex(at));
			LocalDate anchor = last != null ? last : ref;
			return anchor
				.with(words[1].equals("following") ? TemporalAdjusters.next(day) : TemporalAdjusters.previous(day))
				.toString();
		}
		String modifier = switch (words.length == 1 ? "" : words[words.length - 2]) {
			case "next", "coming" -> "next";
			case "last", "past" -> "last";
			case "this" -> "this";
			default -> "";
		};
		if (modifier.equals("this")) {
			LocalDate monday = ref.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
			return monday.with(TemporalAdjusters.nextOrSame(day)).toString();
		}
		int tense = modifier.isEmpty() ? this.run.tense(at) : 0;
		String clean = this.run.doc.cleanText();
		int end = at + expression.length();
		if (modifier.isEmpty() && end + 2 <= clean.length()
				&& POSSESSIVE.matcher(clean.substring(end, end + 2)).matches()) {
			// "over Thursday's closing price": a day whose events the news reports, not
			// the time of the verb around it
			tense = -1;
		}
		if (modifier.isEmpty() && tense < 0 && WireDayAfter.names(this.run.doc, day, ref)) {
			// an agency's "said Friday" filed on a Thursday: the next day, not last
			// week's
			return ref.plusDays(1).toString();
		}
		return CalendarSpans.weekday(day, modifier, tense, ref).toString();
	}

	/** See {@link ContrastedYears#mayPlace}. */
	private boolean mayTakeTheYearToldIn(int at, int length) {
		int i = this.run.sentenceIndex(at);
		if (i >= this.run.doc.sentences().size()) {
			return false;
		}
		int start = this.run.doc.sentences().get(i).start();
		String sentence = this.run.doc.cleanText().substring(start, this.run.doc.sentences().get(i).end());
		return ContrastedYears.mayPlace(sentence, at - start, at - start + length);
	}

	/**
	 * "N units ago", as precise as its unit: days and weeks give a day, months a month,
	 * years and decades a year; "a year ago" speaks of the month a year back.
	 */
	private String ago(Long n, String unit) {
		if (this.run.ref == null || n == null) {
			return null;
		}
		if (unit.startsWith("decade")) {
			// "a decade ago": a year, as "ten years ago" is
			return CalendarSpans.iso(Math.toIntExact(this.run.ref.getYear() - 10 * n));
		}
		return switch (unit.charAt(0)) {
			case 'd' -> this.run.ref.minusDays(n).toString();
			// only a day and some hours are read: the day before
			case 'h' -> this.run.ref.minusDays(1).toString();
			case 'w' -> this.run.ref.minusWeeks(n).toString();
			case 'm' -> YearMonth.from(this.run.ref).minusMonths(n).toString();
			default -> n == 1 ? YearMonth.from(this.run.ref).minusYears(1).toString()
					: CalendarSpans.iso(Math.toIntExact(this.run.ref.getYear() - n));
		};
	}

}