package app.quarry.study;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import app.quarry.srs.CardSummary;
import app.quarry.srs.DatedReview;
import app.quarry.srs.fsrs.CardState;
import app.quarry.study.ProgressStatistics.Bucket;
import app.quarry.study.ProgressStatistics.DayReviews;
import app.quarry.study.ProgressStatistics.StateCounts;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The Anki-style statistics, from cards and reviews. */
class ProgressStatisticsTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 5, 10);

	private static final Instant DUE = Instant.parse("2026-06-01T00:00:00Z");

	private static CardSummary card(String id, CardState state, double stability, int interval, boolean suspended) {
		return new CardSummary(id, state, stability, interval, DUE, suspended, false);
	}

	private static DatedReview review(LocalDate day, int rating, int priorInterval) {
		return new DatedReview("q", day, rating, priorInterval);
	}

	@Test
	void cards_are_counted_by_state_with_young_and_mature_split_at_21_days_and_suspended_apart() {
		List<CardSummary> cards = List.of(card("learning", CardState.LEARNING, 0.5, 0, false),
				card("relearning", CardState.RELEARNING, 3, 0, false), card("young", CardState.REVIEW, 20.9, 19, false),
				card("mature", CardState.REVIEW, 21, 24, false), card("resting", CardState.REVIEW, 40, 45, true),
				card("flagged-only", CardState.NEW, 0, 0, false), card("retired", CardState.REVIEW, 50, 50, false));
		List<String> bank = List.of("learning", "relearning", "young", "mature", "resting", "flagged-only", "fresh");

		StateCounts states = ProgressStatistics.of(bank, cards, List.of(), TODAY, 30).states();

		assertThat(states).isEqualTo(new StateCounts(2, 2, 1, 1, 1));
		assertThat(states.total()).as("one count per question of the bank").isEqualTo(bank.size());
	}

	@Test
	void intervals_fall_in_buckets_from_one_day_to_half_a_year_and_more() {
		List<CardSummary> cards = List.of(card("a", CardState.REVIEW, 1, 1, false),
				card("b", CardState.REVIEW, 5, 5, false), card("c", CardState.REVIEW, 8, 8, false),
				card("d", CardState.REVIEW, 300, 300, false));

		List<Bucket> intervals = ProgressStatistics.of(List.of("a", "b", "c", "d"), cards, List.of(), TODAY, 30)
			.intervals();

		assertThat(intervals).extracting(Bucket::label)
			.startsWith("1 day", "2 days", "3–6 days", "1–2 weeks")
			.endsWith("6 months +");
		assertThat(intervals).extracting(Bucket::count).containsExactly(1, 0, 1, 1, 0, 0, 0, 0, 0, 1);
	}

	@Test
	void reviews_per_day_cover_every_day_of_the_period_split_by_what_the_card_was() {
		List<DatedReview> reviews = List.of(review(TODAY, 3, 0), review(TODAY, 3, 5), review(TODAY, 1, 30),
				review(TODAY.minusDays(2), 4, 0), review(TODAY.minusDays(40), 3, 0));

		List<DayReviews> days = ProgressStatistics.of(List.of(), List.of(), reviews, TODAY, 7).reviewsPerDay();

		assertThat(days).hasSize(7);
		assertThat(days.get(6)).isEqualTo(new DayReviews(TODAY, 1, 1, 1));
		assertThat(days.get(4)).isEqualTo(new DayReviews(TODAY.minusDays(2), 1, 0, 0));
		assertThat(days.get(0).day()).isEqualTo(TODAY.minusDays(6));
	}

	@Test
	void answer_button_shares_are_per_kind_of_card_and_retention_is_per_interval_bucket() {
		List<DatedReview> reviews = List.of(review(TODAY, 1, 0), review(TODAY, 3, 0), review(TODAY, 3, 0),
				review(TODAY, 4, 0), review(TODAY, 3, 2), review(TODAY, 1, 3), review(TODAY, 3, 40),
				review(TODAY, 2, 100));

		ProgressStatistics statistics = ProgressStatistics.of(List.of(), List.of(), reviews, TODAY, 30);

		var learning = statistics.answers().get(0);
		assertThat(learning.cards()).isEqualTo("Learning");
		assertThat(learning.counts()).containsExactly(1, 0, 2, 1);
		assertThat(learning.share(3)).isCloseTo(0.5, within(1e-9));
		assertThat(statistics.answers().get(1).counts()).containsExactly(1, 0, 1, 0);
		assertThat(statistics.retention()).extracting(ProgressStatistics.Retention::reviews)
			.as("1–6 days, 1–3 weeks, 3 weeks–3 months, 3 months +")
			.containsExactly(2, 0, 1, 1);
		assertThat(statistics.retention().get(0).rate()).isCloseTo(0.5, within(1e-9));
		assertThat(statistics.retention().get(3).rate()).as("hard is a pass").isEqualTo(1.0);
	}

}
