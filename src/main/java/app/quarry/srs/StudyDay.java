package app.quarry.srs;

import java.time.Instant;
import java.util.Set;

/**
 * A learner's study day, read once for a session opening: their settings, when the day
 * began (by their zone and rollover hour), and the questions they answered since, in
 * study or a quiz.
 */
public record StudyDay(long learnerId, SrsSettings settings, Instant start, Set<String> answered) {

	public StudyDay {
		answered = Set.copyOf(answered);
	}

}
