package app.quarry.srs.fsrs;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The FSRS-6 scheduler: memory model plus learning steps, day intervals, maximum interval
 * and fuzz.
 *
 * <p>
 * Where the reference schedulers differ, Quarry follows py-fsrs:
 * <ul>
 * <li>Day counting: elapsed days are whole 24-hour periods since the previous review
 * ({@code floor(seconds / 86400)}), independent of time zones; a review less than 24
 * hours after the previous one is a same-day review and uses the short-term stability
 * formula. (ts-fsrs counts calendar dates in the local time zone instead.)</li>
 * <li>Hard during (re)learning steps repeats the current step, except on the first step,
 * where its delay is the mean of the first two steps (or 1.5 times the only step).</li>
 * <li>A new card is a learning card on its first step; Easy always graduates.</li>
 * </ul>
 * In the review state the day intervals are kept strictly ordered (Hard &lt; Good &lt;
 * Easy, as ts-fsrs does), and every preview is ordered Again &le; Hard &le; Good &le;
 * Easy.
 */
public final class Scheduler {

	private static final double[][] FUZZ_RANGES = { { 2.5, 7.0, 0.15 }, { 7.0, 20.0, 0.1 },
			{ 20.0, Double.MAX_VALUE, 0.05 } };

	private final SchedulerSettings settings;

	private final MemoryModel model;

	private final double intervalPerStability;

	public Scheduler(SchedulerSettings settings) {
		this.settings = settings;
		this.model = new MemoryModel(settings.parameters());
		this.intervalPerStability = this.model.intervalPerStability(settings.desiredRetention());
	}

	public SchedulerSettings settings() {
		return this.settings;
	}

	public MemoryModel model() {
		return this.model;
	}

	/** Reviews {@code card} at {@code now} with {@code rating}. */
	public ReviewOutcome review(Card card, Rating rating, Instant now) {
		ReviewOutcome[] outcomes = outcomes(card, now, rating.value(), false);
		return outcomes[rating.value() - 1];
	}

	/**
	 * The outcomes of the four ratings at {@code now}, indexed Again..Easy, with
	 * non-decreasing intervals.
	 */
	public ReviewOutcome[] preview(Card card, Instant now) {
		return outcomes(card, now, 4, true);
	}

	/**
	 * Outcomes of the ratings up to {@code upTo} (1..4); only the last is built unless
	 * {@code all}. A rating's interval depends on the lower ratings' (intervals never
	 * decrease with the rating), so review and preview always agree.
	 */
	private ReviewOutcome[] outcomes(Card card, Instant now, int upTo, boolean all) {
		long elapsed = card.lastReview() == null ? 0
				: Math.max(0, Duration.between(card.lastReview(), now).getSeconds() / 86400);
		Double r = null;
		if (card.memory() != null && elapsed > 0) {
			r = this.model.retrievability(elapsed, card.memory().stability());
		}
		MemoryState[] states = new MemoryState[4];
		Transition[] transitions = new Transition[4];
		for (int i = 0; i < upTo; i++) {
			Rating rating = Rating.of(i + 1);
			states[i] = this.model.next(card.memory(), elapsed, rating);
			transitions[i] = transition(card, rating);
		}
		long[] days = reviewDays(card, elapsed, states, upTo);
		Duration[] intervals = intervals(card, days, transitions, upTo);
		ReviewOutcome[] outcomes = new ReviewOutcome[4];
		for (int i = all ? 0 : upTo - 1; i < upTo; i++) {
			Rating rating = Rating.of(i + 1);
			Transition t = transitions[i];
			int lapses = card.lapses() + (card.state() == CardState.REVIEW && rating == Rating.AGAIN ? 1 : 0);
			Card next = new Card(card.seed(), t.state, t.step, states[i], now.plus(intervals[i]), now, card.reps() + 1,
					lapses);
			outcomes[i] = new ReviewOutcome(next, rating, elapsed, r, intervals[i]);
		}
		return outcomes;
	}

	/**
	 * Day intervals per rating. In the review state Hard, Good and Easy are kept strictly
	 * ordered, which needs all three stabilities whichever rating was given.
	 */
	private long[] reviewDays(Card card, long elapsed, MemoryState[] states, int upTo) {
		long maximum = this.settings.maximumInterval();
		long[] days = new long[4];
		boolean ordered = card.state() == CardState.REVIEW;
		double growth = ordered && upTo < 4 && elapsed > 0 ? this.model.recallGrowth(card.memory().difficulty(),
				card.memory().stability(), this.model.retrievability(elapsed, card.memory().stability())) : 0;
		for (int i = 0; i < 4; i++) {
			if (i < upTo) {
				days[i] = days(states[i].stability(), maximum);
			}
			else if (ordered) {
				Rating rating = Rating.of(i + 1);
				double s = elapsed > 0 ? this.model.recallStability(card.memory().stability(), growth, rating)
						: this.model.shortTermStability(card.memory().stability(), rating);
				days[i] = days(s, maximum);
			}
		}
		if (ordered) {
			days[1] = Math.min(days[1], days[2]);
			days[2] = Math.min(Math.max(days[2], days[1] + 1), maximum);
			days[3] = Math.min(Math.max(days[3], days[2] + 1), maximum);
		}
		return days;
	}

	/** Where the card goes; {@code step} is null when the interval is in days. */
	private record Transition(CardState state, int step, Duration stepDelay) {
	}

	private Transition transition(Card card, Rating rating) {
		if (card.state() == CardState.REVIEW) {
			List<Duration> relearning = this.settings.relearningSteps();
			if (rating == Rating.AGAIN && !relearning.isEmpty()) {
				return new Transition(CardState.RELEARNING, 0, relearning.get(0));
			}
			return new Transition(CardState.REVIEW, 0, null);
		}
		boolean relearning = card.state() == CardState.RELEARNING;
		List<Duration> steps = relearning ? this.settings.relearningSteps() : this.settings.learningSteps();
		CardState stepping = relearning ? CardState.RELEARNING : CardState.LEARNING;
		int step = card.step();
		if (steps.isEmpty() || (step >= steps.size() && rating != Rating.AGAIN)) {
			return new Transition(CardState.REVIEW, 0, null);
		}
		return switch (rating) {
			case AGAIN -> new Transition(stepping, 0, steps.get(0));
			case HARD -> new Transition(stepping, step, hardDelay(steps, step));
			case GOOD -> step + 1 >= steps.size() ? new Transition(CardState.REVIEW, 0, null)
					: new Transition(stepping, step + 1, steps.get(step + 1));
			case EASY -> new Transition(CardState.REVIEW, 0, null);
		};
	}

	private static Duration hardDelay(List<Duration> steps, int step) {
		if (step == 0 && steps.size() == 1) {
			return Duration.ofMillis(steps.get(0).toMillis() * 3 / 2);
		}
		if (step == 0) {
			return Duration.ofMillis((steps.get(0).toMillis() + steps.get(1).toMillis()) / 2);
		}
		return steps.get(step);
	}

	private long days(double stability, long maximum) {
		return Math.min(Math.max(Math.round(stability * this.intervalPerStability), 1), maximum);
	}

	private Duration[] intervals(Card card, long[] days, Transition[] transitions, int upTo) {
		Duration[] intervals = new Duration[4];
		for (int i = 0; i < upTo; i++) {
			Transition t = transitions[i];
			if (t.stepDelay != null) {
				intervals[i] = t.stepDelay;
			}
			else {
				long d = this.settings.fuzz() ? fuzz(days[i], card, i) : days[i];
				intervals[i] = Duration.ofDays(d);
			}
			if (i > 0 && intervals[i].compareTo(intervals[i - 1]) < 0) {
				intervals[i] = intervals[i - 1];
			}
		}
		return intervals;
	}

	/**
	 * py-fsrs fuzz ranges, drawn from a generator seeded by the card and its review
	 * count.
	 */
	private long fuzz(long days, Card card, int ratingIndex) {
		if (days < 2.5) {
			return days;
		}
		double delta = 1.0;
		for (double[] range : FUZZ_RANGES) {
			delta += range[2] * Math.max(Math.min(days, range[1]) - range[0], 0.0);
		}
		long max = Math.min(Math.round(days + delta), this.settings.maximumInterval());
		long min = Math.min(Math.max(2, Math.round(days - delta)), max);
		SplittableRandom random = new SplittableRandom(
				card.seed() * 0x9E3779B97F4A7C15L + card.reps() * 31L + ratingIndex);
		double fuzzed = random.nextDouble() * (max - min + 1) + min;
		return Math.min(Math.round(Math.floor(fuzzed)), this.settings.maximumInterval());
	}

}
