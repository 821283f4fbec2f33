package app.quarry.srs.fsrs;

import java.time.Duration;
import java.util.List;

/**
 * How a scheduler turns memory states into due times.
 *
 * @param parameters the 21 FSRS-6 weights
 * @param desiredRetention the recall probability at which a review falls due (0 < r < 1)
 * @param learningSteps delays for new cards before they graduate to day intervals
 * @param relearningSteps delays for lapsed cards before they return to day intervals
 * @param maximumInterval the longest interval, in days
 * @param fuzz whether review intervals of 2.5 days or more are spread a little (seeded)
 */
public record SchedulerSettings(Parameters parameters, double desiredRetention, List<Duration> learningSteps,
		List<Duration> relearningSteps, int maximumInterval, boolean fuzz) {

	/** Learning steps 1m, 10m; relearning 10m; retention 0.9; maximum 36500 days. */
	public static final List<Duration> DEFAULT_LEARNING_STEPS = List.of(Duration.ofMinutes(1), Duration.ofMinutes(10));

	/** The default relearning step, 10 minutes. */
	public static final List<Duration> DEFAULT_RELEARNING_STEPS = List.of(Duration.ofMinutes(10));

	public SchedulerSettings {
		if (!(desiredRetention > 0 && desiredRetention < 1)) {
			throw new IllegalArgumentException("desired retention must be between 0 and 1, was " + desiredRetention);
		}
		if (maximumInterval < 1) {
			throw new IllegalArgumentException("maximum interval must be at least 1 day, was " + maximumInterval);
		}
		learningSteps = List.copyOf(learningSteps);
		relearningSteps = List.copyOf(relearningSteps);
		for (Duration step : learningSteps) {
			requirePositive(step);
		}
		for (Duration step : relearningSteps) {
			requirePositive(step);
		}
	}

	private static void requirePositive(Duration step) {
		if (step.isNegative() || step.isZero()) {
			throw new IllegalArgumentException("a learning step must be positive, was " + step);
		}
	}

	/** Defaults with fuzz on, as for live study. */
	public static SchedulerSettings defaults() {
		return new SchedulerSettings(Parameters.defaults(), 0.9, DEFAULT_LEARNING_STEPS, DEFAULT_RELEARNING_STEPS,
				36500, true);
	}

	/** These settings with fuzz switched on or off. */
	public SchedulerSettings withFuzz(boolean on) {
		return new SchedulerSettings(this.parameters, this.desiredRetention, this.learningSteps, this.relearningSteps,
				this.maximumInterval, on);
	}

	/** These settings with other parameters. */
	public SchedulerSettings withParameters(Parameters other) {
		return new SchedulerSettings(other, this.desiredRetention, this.learningSteps, this.relearningSteps,
				this.maximumInterval, this.fuzz);
	}

	/** These settings with another desired retention. */
	public SchedulerSettings withDesiredRetention(double retention) {
		return new SchedulerSettings(this.parameters, retention, this.learningSteps, this.relearningSteps,
				this.maximumInterval, this.fuzz);
	}

}
