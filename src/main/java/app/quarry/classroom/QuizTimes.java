package app.quarry.classroom;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * How instants and durations read in classroom messages (UTC until users carry a zone).
 */
final class QuizTimes {

	private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	private QuizTimes() {
	}

	static String format(Instant instant) {
		return INSTANT.format(instant);
	}

	static String format(Duration duration) {
		long minutes = duration.toMinutes();
		long seconds = duration.toSecondsPart();
		return (seconds == 0) ? minutes + " min" : minutes + " min " + seconds + " s";
	}

}
