package app.quarry.generation.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static app.quarry.generation.extract.DateExpressions.month;
import static app.quarry.generation.extract.DateExpressions.num;

/**
 * Dates placed from the reference date or from a date the text named before: "yesterday",
 * "Sunday", "last week", "in June", "next summer", "three days ago", "the following
 * year".
 */
final class RelativeDates {

	private final DateRun run;

	private final CountedDates counted;

	RelativeDates(DateRun run) {
		this.run = run;
		this.counted = new CountedDates(run);
	}

	private static final Pattern SPACES = Pattern.compile("\\s+");

	/** A capitalized word just before, in the same sentence: "USA Today". */
	private static final Pattern IN_A_NAME = Pattern.compile("(?<![.!?:\"“]\\s)\\b\\p{Lu}(?:[\\p{L}.]*\\p{L})?\\s+$");

	/**
	 * Any word just before on the same line, a possessive too: "the BBC's Today
	 * programme", "he told Tonight": a day word capitalised inside a sentence is the name
	 * of a programme or a paper, since news prose writes the day in lower case there.
	 */
	private static final Pattern WORD_BEFORE = Pattern.compile(
			"(?<![.!?:\"“]\\s)(?<![\\p{L}\\p{N}.'’-])[\\p{L}\\p{N}](?:[\\p{L}\\p{N}.'’-]*[\\p{L}\\p{N}'’])?[ \\t\\u00a0]+$");

	/** The day words that also name programmes and papers: "Today", "Tonight". */
	private static final Set<String> NAMING_DAY_WORDS = Set.of("Today", "Tonight", "Tomorrow", "Yesterday");

	/**
	 * The words that place a weekday from the day told of last: "the previous Friday".
	 */
	private static final Pattern ANCHORED = Pattern.compile("previous|preceding|following");

	private static final Pattern POSSESSIVE = Pattern.compile("['’]s");

	/**
	 * "the final week of April", "the first week of the year": a week inside the period
	 * named after it, not the week before the date line.
	 */
	private static final Pattern WEEK_OF_A_PERIOD = Pattern
		.compile("\\s+of\\s+(?:the\\s+)?(?:\\p{Lu}|month\\b|year\\b)");

	private static final Pattern DETERMINER_BEFORE = Pattern.compile("(?i)\\b(?:the|their|its|our)\\s$");

	/**
	 * "the Winter Games", "the Summer Olympics": a capitalised season before another
	 * capitalised word is part of a name, which says no time of year.
	 */
	private static final Pattern NAME_GOES_ON = Pattern.compile("[ \\t\\u00a0]+\\p{Lu}");

	/**
	 * "their fall session", "the fall semester": a term or a sitting after "fall" makes
	 * it the season; "the fall of the city" or "a fall in prices" is no time of year.
	 */
	private static final Pattern TERM_AFTER_FALL = Pattern.compile("\\s+(?:sessions?|terms?|semesters?|sittings?"
			+ "|recess|break|season|meetings?|classes|collections?|schedule|lineup|campaign|elections?)\\b");

	/**
	 * "today's youth", "today's world": the present age, not the day, as a noun for
	 * people or for the times makes it; like "the world of today", no time expression.
	 */
	private static final Pattern PRESENT_AGE = Pattern
		.compile("['’]s\\s+(?:\\p{Ll}+\\s+)?(?:world|youth|society|generations?"
				+ "|children|kids|teen(?:ager)?s|young|families|parents|women|men|people|culture|technology|standards|life"
				+ "|lifestyles?|consumers|workers|students|politics|media|music|fashion|computers|cars)\\b");

	/**
	 * "the people of tomorrow", "cars of tomorrow": the age to come, not the day after
	 * the reference; "the outcome of tomorrow's vote" is the day.
	 */
	private static final Pattern OF_BEFORE = Pattern.compile("(?i)\\bof\\s+$");

	static boolean reads(Matcher m) {
		return m.group("season") != null || m.group("om") != null || m.group("rel") != null || m.group("agon") != null
				|| m.group("an") != null;
	}

	Fact read(Matcher m, int s, int e, int sentence, String clean) {
		if (m.group("season") != null) {
			return season(m, s, e, sentence);
		}
		if (m.group("om") != null) {
			int month = month(m.group("om"));
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
		if (m.group("rel") != null) {
			String rel = m.group("rel");
			if (rel.equals("Today") && IN_A_NAME.matcher(clean.substring(Math.max(0, s - 30), s)).find()) {
				// "USA Today", "VOA Today": a name, not the day
				return null;
			}
			if (NAMING_DAY_WORDS.contains(rel) && WORD_BEFORE.matcher(clean.substring(Math.max(0, s - 30), s)).find()) {
				return null;
			}
			if (WeekdayNames.startsAName(rel, clean, s, e)) {
				return null;
			}
			if (rel.equalsIgnoreCase("today") && PRESENT_AGE.matcher(clean).region(e, clean.length()).lookingAt()) {
				// a generic present that TimeML leaves untagged: no time is told
				return null;
			}
			if (rel.equalsIgnoreCase("tomorrow") && OF_BEFORE.matcher(clean.substring(Math.max(0, s - 4), s)).find()
					&& !POSSESSIVE.matcher(clean).region(e, clean.length()).lookingAt()) {
				return null;
			}
			if (rel.toLowerCase(Locale.ROOT).endsWith("week")
					&& WEEK_OF_A_PERIOD.matcher(clean).region(e, clean.length()).lookingAt()) {
				return null;
			}
			if (rel.toLowerCase(Locale.ROOT).startsWith("the") && rel.toLowerCase(Locale.ROOT).endsWith("weekend")) {
				// "over the weekend": the one just past, unless the words speak ahead
				rel = this.run.tense(s) > 0 ? "this weekend" : "last weekend";
			}
			else if (PastWeekends.justGone(rel, this.run.tense(s), this.run.ref)) {
				rel = "last weekend";
			}
			return this.run.dateFact(s, e, relative(rel, s, this.run.ref), true);
		}
		if (m.group("agon") != null) {
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
			return this.run.dateFact(s, e, ago(n, m.group("agou")), true);
		}
		if (m.group("an") != null) {
			return this.counted.read(m, s, e, sentence);
		}
		return null;
	}

	/**
	 * "next summer", "the summer of 2010", "last winter"; a bare "fall" is a verb.
	 */
	private Fact season(Matcher m, int s, int e, int sentence) {
		String name = m.group("season");
		String modifier = m.group("sn") == null ? ""
				: m.group("sn").strip().toLowerCase(Locale.ROOT).replaceAll("^(?:this|the)\\s+past$", "last");
		if (m.group("sy") != null || m.group("sys") != null) {
			int year = m.group("sy") != null ? num(m.group("sy")) : Years.spoken(m.group("sys"));
			this.run.focus(year, sentence, s);
			return this.run.dateFact(s, e, CalendarSpans.season(name, year), false);
		}
		String clean = this.run.doc.cleanText();
		if (Character.isUpperCase(name.charAt(0))
				&& NAME_GOES_ON.matcher(clean).region(e, clean.length()).lookingAt()) {
			return null;
		}
		boolean named = !modifier.isEmpty() && !modifier.startsWith("the");
		// "the summer", "their autumn meetings": a season of the year told of
		boolean afterThe = modifier.isEmpty()
				&& DETERMINER_BEFORE.matcher(clean.substring(Math.max(0, s - 7), s)).find();
		boolean fallTerm = afterThe && TERM_AFTER_FALL.matcher(clean).region(e, clean.length()).lookingAt();
		if (!named && !afterThe || name.equalsIgnoreCase("fall") && !named && !fallTerm) {
			return null;
		}
		if (this.run.refMonth == null) {
			return this.run.dateFact(s, e, null, true);
		}
		// "during their fall session" with no verb that says past or future: the season
		// of the year the story is dated in
		int tense = this.run.tense(s);
		String which = named ? modifier : tense == 0 ? "this" : "";
		int year = CalendarSpans.seasonYear(name, which, tense > 0, this.run.refMonth);
		return this.run.dateFact(s, e, CalendarSpans.season(name, year), true);
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
