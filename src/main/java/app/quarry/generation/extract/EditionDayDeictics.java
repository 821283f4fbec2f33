package app.quarry.generation.extract;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Deictic words whose span shifts when the date line falls on the first day of a month or
 * a year: a paper's date line is its edition day, and its news was written the day
 * before. "Earlier this month" on the 1st, or "earlier this year" on January 1st, can
 * only be the month or year before: nothing of the new one lies earlier than its first
 * day. ("Last week" in a Sunday paper stays the ISO week before the one holding that
 * Sunday, as TimeML annotators read it.)
 */
final class EditionDayDeictics {

	private EditionDayDeictics() {
	}

	/** The span of a deictic expression (lower-case, single spaces), or null. */
	static String deictic(String e, LocalDate ref) {
		return switch (e) {
			case "earlier this month" ->
				ref.getDayOfMonth() == 1 ? YearMonth.from(ref).minusMonths(1).toString() : null;
			case "earlier this year" -> ref.getDayOfYear() == 1 ? String.valueOf(ref.getYear() - 1) : null;
			default -> null;
		};
	}

}
