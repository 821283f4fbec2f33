package app.quarry.classroom;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * When an assignment accepts answers: from {@code opensAt} until {@code dueAt}, and
 * within an attempt until its time limit runs out, whichever comes first. The rules live
 * here, apart from storage, so the service and the views refuse for the same reasons and
 * say the same thing.
 *
 * @param opensAt first instant answers are accepted
 * @param dueAt no answer is accepted at or after this instant
 * @param timeLimit per attempt, null when untimed
 */
public record AssignmentWindow(Instant opensAt, Instant dueAt, @Nullable Duration timeLimit) {

	public AssignmentWindow {
		if (!dueAt.isAfter(opensAt)) {
			throw new IllegalArgumentException("the due time must be after the opening time");
		}
		if (timeLimit != null && (timeLimit.isNegative() || timeLimit.isZero())) {
			throw new IllegalArgumentException("a time limit must be positive");
		}
	}

	/** The instant an attempt started at {@code startedAt} stops accepting answers. */
	public Instant deadline(Instant startedAt) {
		if (this.timeLimit == null) {
			return this.dueAt;
		}
		Instant limit = startedAt.plus(this.timeLimit);
		return limit.isBefore(this.dueAt) ? limit : this.dueAt;
	}

	/** Why a new attempt cannot start now, if it cannot; times in UTC. */
	public Optional<String> refuseStart(Instant now) {
		return refuseStart(now, TimeZones.UTC);
	}

	/** Why a new attempt cannot start now, if it cannot; times in {@code zone}. */
	public Optional<String> refuseStart(Instant now, ZoneId zone) {
		if (now.isBefore(this.opensAt)) {
			return Optional.of("This assignment opens at " + QuizTimes.format(this.opensAt, zone) + ".");
		}
		if (!now.isBefore(this.dueAt)) {
			return Optional.of(dueMessage(zone));
		}
		return Optional.empty();
	}

	/**
	 * Why an answer in an attempt started at {@code startedAt} is not accepted now, if
	 * not; times in UTC.
	 */
	public Optional<String> refuseAnswer(Instant now, Instant startedAt) {
		return refuseAnswer(now, startedAt, TimeZones.UTC);
	}

	/**
	 * Why an answer in an attempt started at {@code startedAt} is not accepted now, if
	 * not; times in {@code zone}.
	 */
	public Optional<String> refuseAnswer(Instant now, Instant startedAt, ZoneId zone) {
		if (!now.isBefore(this.dueAt)) {
			return Optional.of(dueMessage(zone));
		}
		if (this.timeLimit != null && !now.isBefore(startedAt.plus(this.timeLimit))) {
			return Optional.of("Your time limit of " + QuizTimes.format(this.timeLimit) + " ran out at "
					+ QuizTimes.format(startedAt.plus(this.timeLimit), zone) + "; answers are no longer accepted.");
		}
		return Optional.empty();
	}

	/**
	 * Where a student stands: done once every allowed attempt is closed, or once the due
	 * time passed with at least one closed; until then a closed attempt leaves the
	 * assignment due, so the next attempt can be started.
	 */
	public AssignmentStatus status(Instant now, int closedAttempts, int attemptsAllowed) {
		if (closedAttempts >= attemptsAllowed) {
			return AssignmentStatus.DONE;
		}
		AssignmentStatus timed = status(now, false);
		return (timed == AssignmentStatus.OVERDUE && closedAttempts > 0) ? AssignmentStatus.DONE : timed;
	}

	public AssignmentStatus status(Instant now, boolean submitted) {
		if (submitted) {
			return AssignmentStatus.DONE;
		}
		if (now.isBefore(this.opensAt)) {
			return AssignmentStatus.UPCOMING;
		}
		return now.isBefore(this.dueAt) ? AssignmentStatus.DUE : AssignmentStatus.OVERDUE;
	}

	private String dueMessage(ZoneId zone) {
		return "The due time passed at " + QuizTimes.format(this.dueAt, zone) + "; answers are no longer accepted.";
	}

}
