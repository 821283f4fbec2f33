package app.quarry.generation.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * Calendar arithmetic for dates written relative to a reference day: deictic words
 * ("yesterday", "last week", "next summer"), weekdays, seasons, quarters, halves, decades
 * and centuries, as ISO values ({@code 2010-07-16}, {@code 2010-07}, {@code 2010}, or a
 * range {@code start/end} of two values of the same precision).
 */
final class CalendarSpans {

	private CalendarSpans() {
	}

	/**
	 * A deictic expression ("yesterday", "last week", "later this month", "the past
	 * year"), lower-case with single spaces; null when it is none of them.
	 */
	static String deictic(String e, LocalDate ref) {
		String edition = EditionDayDeictics.deictic(e, ref);
		if (edition != null) {
			return edition;
		}
		LocalDate monday = ref.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		YearMonth month = YearMonth.from(ref);
		int year = ref.getYear();
		return switch (e) {
			case "yesterday", "last night" -> ref.minusDays(1).toString();
			case "today", "tonight", "earlier today", "later today", "this morning", "this afternoon", "this evening" ->
				ref.toString();
			case "tomorrow" -> ref.plusDays(1).toString();
			// the week as a whole, as "earlier this month" is the month: how much of
			// it lay on which side of the date line is more than the words say
			case "this week", "earlier this week", "later this week" -> monday + "/" + monday.plusDays(6);
			case "last week" -> monday.minusWeeks(1) + "/" + monday.minusDays(1);
			case "next week", "the coming week" -> monday.plusWeeks(1) + "/" + monday.plusDays(13);
			case "the past week" -> ref.minusDays(7) + "/" + ref;
			case "this weekend" -> monday.plusDays(5) + "/" + monday.plusDays(6);
			case "last weekend" -> monday.minusDays(2) + "/" + monday.minusDays(1);
			case "next weekend" -> monday.plusDays(12) + "/" + monday.plusDays(13);
			case "this month", "earlier this month", "later this month" -> month.toString();
			case "last month", "the past month" -> month.minusMonths(1).toString();
			case "next month", "the coming month" -> month.plusMonths(1).toString();
			case "this year", "earlier this year", "later this year", "the current year", "the current fiscal year" ->
				String.valueOf(year);
			case "last year", "the past year" -> String.valueOf(year - 1);
			case "next year", "the coming year" -> String.valueOf(year + 1);
			default -> null;
		};
	}

	/**
	 * A weekday: the next one ("next", or future words), the last one ("last", or past
	 * words), else the nearer one; the reference's own weekday is the reference day
	 * itself unless "last" or "next" says otherwise.
	 */
	static LocalDate weekday(DayOfWeek day, String modifier, int tense, LocalDate ref) {
		if (modifier.equals("next")) {
			return ref.with(TemporalAdjusters.next(day));
		}
		if (modifier.equals("last")) {
			return ref.with(TemporalAdjusters.previous(day));
		}
		if (ref.getDayOfWeek() == day) {
			return ref;
		}
		LocalDate next = ref.with(TemporalAdjusters.next(day));
		LocalDate previous = ref.with(TemporalAdjusters.previous(day));
		if (tense == 0) {
			// words without tense: the nearer of the two
			return next.toEpochDay() - ref.toEpochDay() < ref.toEpochDay() - previous.toEpochDay() ? next : previous;
		}
		return tense > 0 ? next : previous;
	}

	/** The months a season covers in a year (winter runs into the next one). */
	static String season(String name, int year) {
		return switch (name.toLowerCase(Locale.ROOT)) {
			case "spring" -> year + "-03/" + year + "-05";
			case "summer" -> year + "-06/" + year + "-08";
			case "autumn", "fall" -> year + "-09/" + year + "-11";
			default -> year + "-12/" + (year + 1) + "-02";
		};
	}

	/** The first month of a season. */
	static int seasonStart(String name) {
		return switch (name.toLowerCase(Locale.ROOT)) {
			case "spring" -> 3;
			case "summer" -> 6;
			case "autumn", "fall" -> 9;
			default -> 12;
		};
	}

	/**
	 * The year of a season named with "last", "next", "this" or nothing, seen from the
	 * reference month: "next summer" in October 2010 is 2011, "last winter" in March is
	 * the winter that began the December before.
	 */
	static int seasonYear(String name, String modifier, boolean future, YearMonth ref) {
		int start = seasonStart(name);
		YearMonth thisOne = YearMonth.of(ref.getYear(), start);
		if (start == 12 && ref.getMonthValue() <= 2) {
			thisOne = thisOne.minusYears(1);
		}
		YearMonth end = thisOne.plusMonths(2);
		boolean current = !ref.isBefore(thisOne) && !ref.isAfter(end);
		boolean ahead = ref.isBefore(thisOne);
		return switch (modifier) {
			case "next" -> current || !ahead ? thisOne.getYear() + 1 : thisOne.getYear();
			case "last" -> current || ahead ? thisOne.getYear() - 1 : thisOne.getYear();
			case "this" -> thisOne.getYear();
			default -> current ? thisOne.getYear() : future ? (ahead ? thisOne.getYear() : thisOne.getYear() + 1)
					: (ahead ? thisOne.getYear() - 1 : thisOne.getYear());
		};
	}

	/** Quarter {@code q} (1–4) of a year as a month range. */
	static String quarter(int q, int year) {
		int first = 3 * (q - 1) + 1;
		return String.format(Locale.ROOT, "%d-%02d/%d-%02d", year, first, year, first + 2);
	}

	/** The first or second half of a year as a month range. */
	static String half(int h, int year) {
		return h == 1 ? year + "-01/" + year + "-06" : year + "-07/" + year + "-12";
	}

	/** The first or second half of a decade as a year range. */
	static String halfDecade(int h, int first) {
		return h == 1 ? first + "/" + (first + 4) : (first + 5) + "/" + (first + 9);
	}

	/**
	 * A decade ("the 1980s") as a year range; "early"/"late"/"mid" narrow nothing: the
	 * decade is the value, the modifier stays in the words.
	 */
	static String decade(int first) {
		return first + "/" + (first + 9);
	}

	/**
	 * A century as a year range by the calendar: the 19th century is 1801–1900, the 19th
	 * century BC 1900–1801 BC (astronomical -1899/-1800). "The 1800s" is a different
	 * expression and keeps its own years.
	 */
	static String century(int ordinal, boolean bc) {
		if (bc) {
			return iso(-(ordinal * 100) + 1) + "/" + iso(-((ordinal - 1) * 100));
		}
		return iso((ordinal - 1) * 100 + 1) + "/" + iso(ordinal * 100);
	}

	/**
	 * A year as ISO 8601 writes it: four digits, and before year 1 the astronomical
	 * numbering with a sign (1 BC is 0000, 44 BC is -0043).
	 */
	static String iso(int year) {
		if (year >= 0) {
			return String.format(Locale.ROOT, "%04d", year);
		}
		return String.format(Locale.ROOT, "-%04d", -year);
	}

}
