package app.quarry.classroom;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How instants and durations read in classroom messages: in the reader's zone, with the
 * zone's abbreviation ("2026-11-24 17:00 CET").
 */
final class QuizTimes {

	private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm zzz",
			Locale.ENGLISH);

	private QuizTimes() {
	}

	static String format(Instant instant, ZoneId zone) {
		return INSTANT.format(instant.atZone(zone));
	}

	static String format(Duration duration) {
		long minutes = duration.toMinutes();
		long seconds = duration.toSecondsPart();
		return (seconds == 0) ? minutes + " min" : minutes + " min " + seconds + " s";
	}

}
