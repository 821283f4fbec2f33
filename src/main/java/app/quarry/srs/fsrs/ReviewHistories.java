package app.quarry.srs.fsrs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A review log arranged for fitting and evaluation: each card's ratings and elapsed whole
 * days (as the scheduler counts them), and the list of predictable reviews, those at
 * least one day after the previous review of their card, in time order.
 */
public final class ReviewHistories {

	final int[][] ratings;

	final int[][] elapsedDays;

	/**
	 * Predictable reviews, sorted by review time: card index and position in its history.
	 */
	final int[] itemCard;

	final int[] itemPosition;

	private final int reviewCount;

	private ReviewHistories(int[][] ratings, int[][] elapsedDays, int[] itemCard, int[] itemPosition, int reviewCount) {
		this.ratings = ratings;
		this.elapsedDays = elapsedDays;
		this.itemCard = itemCard;
		this.itemPosition = itemPosition;
		this.reviewCount = reviewCount;
	}

	/**
	 * Groups {@code records} by card; each card's reviews must already be in time order.
	 */
	public static ReviewHistories of(List<ReviewRecord> records) {
		Map<String, List<ReviewRecord>> byCard = new LinkedHashMap<>();
		for (ReviewRecord record : records) {
			byCard.computeIfAbsent(record.cardId(), id -> new ArrayList<>()).add(record);
		}
		int cards = byCard.size();
		int[][] ratings = new int[cards][];
		int[][] elapsed = new int[cards][];
		List<long[]> items = new ArrayList<>();
		int c = 0;
		for (List<ReviewRecord> history : byCard.values()) {
			ratings[c] = new int[history.size()];
			elapsed[c] = new int[history.size()];
			for (int i = 0; i < history.size(); i++) {
				ReviewRecord record = history.get(i);
				ratings[c][i] = record.rating().value();
				if (i > 0) {
					long seconds = Duration.between(history.get(i - 1).time(), record.time()).getSeconds();
					elapsed[c][i] = (int) Math.max(0, seconds / 86400);
					if (elapsed[c][i] > 0) {
						items.add(new long[] { record.time().toEpochMilli(), record.line(), c, i });
					}
				}
			}
			c++;
		}
		items.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
		int[] itemCard = new int[items.size()];
		int[] itemPosition = new int[items.size()];
		for (int i = 0; i < items.size(); i++) {
			itemCard[i] = (int) items.get(i)[2];
			itemPosition[i] = (int) items.get(i)[3];
		}
		return new ReviewHistories(ratings, elapsed, itemCard, itemPosition, records.size());
	}

	/** Number of reviews in the log. */
	public int reviewCount() {
		return this.reviewCount;
	}

	/** Number of cards. */
	public int cardCount() {
		return this.ratings.length;
	}

	/**
	 * Number of predictable reviews (the ones metrics and the optimizer's loss are over).
	 */
	public int itemCount() {
		return this.itemCard.length;
	}

	/** Reviews with more than zero elapsed days up to and including {@code position}. */
	int longTermCount(int card, int position) {
		int count = 0;
		for (int j = 1; j <= position; j++) {
			if (this.elapsedDays[card][j] > 0) {
				count++;
			}
		}
		return count;
	}

	/** Position of the card's first review with more than zero elapsed days. */
	int firstLongTermPosition(int card) {
		for (int j = 1; j < this.elapsedDays[card].length; j++) {
			if (this.elapsedDays[card][j] > 0) {
				return j;
			}
		}
		return -1;
	}

	/**
	 * Histories restricted to the predictable reviews in {@code [from, to)} of the time
	 * order.
	 */
	public ReviewHistories itemRange(int from, int to) {
		int[] cards = java.util.Arrays.copyOfRange(this.itemCard, from, to);
		int[] positions = java.util.Arrays.copyOfRange(this.itemPosition, from, to);
		return new ReviewHistories(this.ratings, this.elapsedDays, cards, positions, this.reviewCount);
	}

}
