package app.quarry.srs;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Study days: a day starts at the learner's rollover hour in the learner's time zone, so
 * a review at 1 am still counts for the evening before.
 */
public record StudyCalendar(ZoneId zone, int rolloverHour) {

	/** The study day {@code instant} falls in. */
	public LocalDate dayOf(Instant instant) {
		return instant.atZone(this.zone).minusHours(this.rolloverHour).toLocalDate();
	}

	/** The instant study day {@code day} begins. */
	public Instant startOf(LocalDate day) {
		return day.atTime(this.rolloverHour, 0).atZone(this.zone).toInstant();
	}

}
