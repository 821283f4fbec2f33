package app.quarry.study;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import app.quarry.base.PureCore;
import app.quarry.srs.CardSummary;
import app.quarry.srs.DatedReview;

/**
 * The statistics people know from Anki: cards by state, reviews per day, the intervals
 * cards are at, how often each answer button is pressed and how well cards are remembered
 * by the interval they had. Young and mature split at {@value #MATURE_DAYS} days, as in
 * Anki; a card's memory counts as mature when its stability has reached that (the same
 * measure as "mastered" per document).
 *
 * @param reviewsPerDay each of the last days, oldest first
 * @param intervals cards in review by their current interval
 * @param answers answer-button counts for learning, young and mature cards
 * @param retention reviews of cards in review by the interval they had, and how many were
 * recalled
 */
@PureCore
public record ProgressStatistics(StateCounts states, List<DayReviews> reviewsPerDay, List<Bucket> intervals,
		List<AnswerCounts> answers, List<Retention> retention) {

	/** Interval (days) from which a card is mature. */
	public static final int MATURE_DAYS = 21;

	/** Upper ends (exclusive, days) of the interval buckets; the last is open. */
	private static final int[] INTERVAL_ENDS = { 2, 3, 7, 14, 21, 31, 61, 122, 183 };

	private static final String[] INTERVAL_LABELS = { "1 day", "2 days", "3–6 days", "1–2 weeks", "2–3 weeks",
			"3 weeks–1 month", "1–2 months", "2–4 months", "4–6 months", "6 months +" };

	/** Upper ends (exclusive, days) of the retention buckets; the last is open. */
	private static final int[] RETENTION_ENDS = { 7, 21, 90 };

	private static final String[] RETENTION_LABELS = { "1–6 days", "1–3 weeks", "3 weeks–3 months", "3 months +" };

	/**
	 * Cards of the bank's questions by state. Suspended cards count only as suspended.
	 *
	 * @param newCards never studied
	 * @param learning in (re)learning steps
	 * @param young in review, stability under 21 days
	 * @param mature in review, stability of 21 days or more
	 */
	public record StateCounts(int newCards, int learning, int young, int mature, int suspended) {

		public int total() {
			return this.newCards + this.learning + this.young + this.mature + this.suspended;
		}

	}

	/** Reviews on one study day, by what the card was before the review. */
	public record DayReviews(LocalDate day, int learning, int young, int mature) {

		public int total() {
			return this.learning + this.young + this.mature;
		}

	}

	/** A count under a label. */
	public record Bucket(String label, int count) {
	}

	/**
	 * How often each button was pressed for one kind of card.
	 *
	 * @param counts again, hard, good, easy
	 */
	public record AnswerCounts(String cards, List<Integer> counts) {

		public int total() {
			return this.counts.stream().mapToInt(Integer::intValue).sum();
		}

		/** The share (0 to 1) of the rating numbered {@code rating} (1 to 4). */
		public double share(int rating) {
			return (total() == 0) ? 0 : this.counts.get(rating - 1) / (double) total();
		}

	}

	/** Reviews of cards whose interval fell in a bucket, and how many were recalled. */
	public record Retention(String interval, int reviews, int recalled) {

		/** Recalled share, 0 to 1; 0 without reviews. */
		public double rate() {
			return (this.reviews == 0) ? 0 : this.recalled / (double) this.reviews;
		}

	}

	/**
	 * @param questionIds the bank's questions (a card of another question is left out)
	 * @param cards the learner's cards
	 * @param reviews the learner's reviews over the period
	 * @param days the days of the daily chart, ending today
	 */
	public static ProgressStatistics of(Collection<String> questionIds, List<CardSummary> cards,
			List<DatedReview> reviews, LocalDate today, int days) {
		Set<String> questions = new HashSet<>(questionIds);
		int learning = 0;
		int young = 0;
		int mature = 0;
		int suspended = 0;
		int started = 0;
		int[] intervals = new int[INTERVAL_LABELS.length];
		for (CardSummary card : cards) {
			if (!questions.contains(card.questionId())) {
				continue;
			}
			if (card.suspended()) {
				suspended++;
				started++;
				continue;
			}
			switch (card.state()) {
				case NEW -> {
					continue;
				}
				case LEARNING, RELEARNING -> learning++;
				case REVIEW -> {
					if (card.stabilityDays() >= MATURE_DAYS) {
						mature++;
					}
					else {
						young++;
					}
					intervals[bucket(Math.max(1, card.intervalDays()), INTERVAL_ENDS)]++;
				}
			}
			started++;
		}
		StateCounts states = new StateCounts(questions.size() - started, learning, young, mature, suspended);
		return new ProgressStatistics(states, perDay(reviews, today, days), buckets(INTERVAL_LABELS, intervals),
				answers(reviews), retention(reviews));
	}

	private static List<DayReviews> perDay(List<DatedReview> reviews, LocalDate today, int days) {
		Map<LocalDate, int[]> counts = new HashMap<>();
		for (DatedReview review : reviews) {
			counts.computeIfAbsent(review.day(), day -> new int[3])[group(review)]++;
		}
		List<DayReviews> perDay = new ArrayList<>();
		for (LocalDate day = today.minusDays(days - 1L); !day.isAfter(today); day = day.plusDays(1)) {
			int[] count = counts.getOrDefault(day, new int[3]);
			perDay.add(new DayReviews(day, count[0], count[1], count[2]));
		}
		return perDay;
	}

	private static List<AnswerCounts> answers(List<DatedReview> reviews) {
		int[][] counts = new int[3][4];
		for (DatedReview review : reviews) {
			counts[group(review)][review.rating() - 1]++;
		}
		String[] names = { "Learning", "Young", "Mature" };
		List<AnswerCounts> answers = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			answers.add(new AnswerCounts(names[i], List.of(counts[i][0], counts[i][1], counts[i][2], counts[i][3])));
		}
		return answers;
	}

	private static List<Retention> retention(List<DatedReview> reviews) {
		int[] total = new int[RETENTION_LABELS.length];
		int[] recalled = new int[RETENTION_LABELS.length];
		for (DatedReview review : reviews) {
			if (review.priorIntervalDays() > 0) {
				int bucket = bucket(review.priorIntervalDays(), RETENTION_ENDS);
				total[bucket]++;
				recalled[bucket] += (review.rating() > 1) ? 1 : 0;
			}
		}
		List<Retention> retention = new ArrayList<>();
		for (int i = 0; i < RETENTION_LABELS.length; i++) {
			retention.add(new Retention(RETENTION_LABELS[i], total[i], recalled[i]));
		}
		return retention;
	}

	/**
	 * 0 learning (no interval yet), 1 young, 2 mature, by the interval before the review.
	 */
	private static int group(DatedReview review) {
		if (review.priorIntervalDays() <= 0) {
			return 0;
		}
		return (review.priorIntervalDays() < MATURE_DAYS) ? 1 : 2;
	}

	private static int bucket(int days, int[] ends) {
		for (int i = 0; i < ends.length; i++) {
			if (days < ends[i]) {
				return i;
			}
		}
		return ends.length;
	}

	private static List<Bucket> buckets(String[] labels, int[] counts) {
		List<Bucket> buckets = new ArrayList<>();
		for (int i = 0; i < labels.length; i++) {
			buckets.add(new Bucket(labels[i], counts[i]));
		}
		return buckets;
	}

}
