package app.quarry.generation.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * "Earlier this week" and "later this week": the part of the reference day's week on one
 * side of it. Said on a Thursday, "earlier this week" is Monday to Wednesday, not the
 * days still to come; "later this week" is Friday to Sunday. A week is short enough that
 * the days themselves are the answer, where "earlier this month" stays the month. With no
 * days on that side (Monday for "earlier", Sunday for "later") the whole week is told.
 */
final class WeekParts {

	private WeekParts() {
	}

	/** The days of "earlier this week" or "later this week" said on a reference day. */
	static String span(String expression, LocalDate ref) {
		LocalDate monday = ref.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		LocalDate sunday = monday.plusDays(6);
		boolean earlier = expression.startsWith("earlier");
		LocalDate from = earlier ? monday : ref.plusDays(1);
		LocalDate to = earlier ? ref.minusDays(1) : sunday;
		if (from.isAfter(to)) {
			return monday + "/" + sunday;
		}
		return from.equals(to) ? from.toString() : from + "/" + to;
	}

}
