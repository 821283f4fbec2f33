package app.quarry.classroom.ui;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How the classroom pages show an instant: in the reader's zone with the zone's
 * abbreviation for that date ("Tue 24 Nov 2026, 17:00 CET"), and how a date-time picker's
 * value is read in that zone.
 */
final class ShownTimes {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm zzz",
			Locale.ENGLISH);

	private ShownTimes() {
	}

	static String format(Instant instant, ZoneId zone) {
		return WHEN.format(instant.atZone(zone));
	}

	/**
	 * The instant a wall-clock time in {@code zone} names; in the hour skipped when
	 * clocks go forward it is the time after the gap, in the hour repeated when they go
	 * back the earlier one.
	 */
	static Instant instant(LocalDateTime local, ZoneId zone) {
		return local.atZone(zone).toInstant();
	}

	static LocalDateTime local(Instant instant, ZoneId zone) {
		return LocalDateTime.ofInstant(instant, zone);
	}

}
