package app.quarry.srs.fsrs;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SchedulerTests {

	private static final Instant START = Instant.parse("2022-11-29T12:30:00Z");

	private final Scheduler scheduler = new Scheduler(SchedulerSettings.defaults().withFuzz(false));

	@Test
	void good_six_times_again_twice_good_five_times_gives_the_py_fsrs_interval_history() {
		Rating[] ratings = { Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.AGAIN,
				Rating.AGAIN, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD };
		Card card = Card.fresh(1, START);
		Instant now = START;
		List<Long> days = new ArrayList<>();
		for (Rating rating : ratings) {
			ReviewOutcome outcome = this.scheduler.review(card, rating, now);
			card = outcome.card();
			days.add(outcome.scheduledDays());
			now = card.due();
		}
		assertThat(days).containsExactly(0L, 2L, 11L, 46L, 163L, 498L, 0L, 0L, 2L, 4L, 7L, 12L, 21L);
	}

	@Test
	void a_new_card_previews_again_1m_hard_5m30s_good_10m_and_easy_in_days() {
		ReviewOutcome[] preview = this.scheduler.preview(Card.fresh(1, START), START);
		assertThat(preview[0].interval()).isEqualTo(Duration.ofMinutes(1));
		// Hard on the first step: the mean of 1m and 10m (a button label may round it to
		// 6m)
		assertThat(preview[1].interval()).isEqualTo(Duration.ofSeconds(330));
		assertThat(preview[2].interval()).isEqualTo(Duration.ofMinutes(10));
		assertThat(preview[3].interval()).isEqualTo(Duration.ofDays(8));
		assertThat(preview[3].card().state()).isEqualTo(CardState.REVIEW);
	}

	@Test
	void hard_on_the_second_learning_step_repeats_that_step() {
		Card card = this.scheduler.review(Card.fresh(1, START), Rating.GOOD, START).card();
		ReviewOutcome hard = this.scheduler.review(card, Rating.HARD, card.due());
		assertThat(hard.card().state()).isEqualTo(CardState.LEARNING);
		assertThat(hard.card().step()).isEqualTo(1);
		assertThat(hard.interval()).isEqualTo(Duration.ofMinutes(10));
	}

	@Test
	void a_failed_review_returns_the_card_to_relearning_and_counts_a_lapse() {
		Card card = this.scheduler.review(Card.fresh(1, START), Rating.EASY, START).card();
		ReviewOutcome again = this.scheduler.review(card, Rating.AGAIN, card.due());
		assertThat(again.card().state()).isEqualTo(CardState.RELEARNING);
		assertThat(again.card().lapses()).isEqualTo(1);
		assertThat(again.interval()).isEqualTo(Duration.ofMinutes(10));
	}

	@Test
	void twenty_three_hours_later_counts_as_the_same_day() {
		Card card = this.scheduler.review(Card.fresh(1, START), Rating.EASY, START).card();
		ReviewOutcome sameDay = this.scheduler.review(card, Rating.GOOD, START.plus(Duration.ofHours(23)));
		assertThat(sameDay.elapsedDays()).isZero();
		assertThat(sameDay.retrievability()).isNull();
		assertThat(sameDay.card().memory().stability()).isEqualTo(8.2956);
		ReviewOutcome nextDay = this.scheduler.review(card, Rating.GOOD, START.plus(Duration.ofHours(24)));
		assertThat(nextDay.elapsedDays()).isOne();
	}

	@Test
	void review_previews_are_ordered_again_hard_good_easy_for_every_card_of_a_long_history() {
		Scheduler fuzzed = new Scheduler(SchedulerSettings.defaults());
		Card card = Card.fresh(42, START);
		Instant now = START;
		Rating[] cycle = { Rating.GOOD, Rating.HARD, Rating.EASY, Rating.AGAIN, Rating.GOOD, Rating.GOOD };
		for (int i = 0; i < 60; i++) {
			ReviewOutcome[] preview = fuzzed.preview(card, now);
			for (int j = 1; j < 4; j++) {
				assertThat(preview[j].interval()).isGreaterThanOrEqualTo(preview[j - 1].interval());
			}
			card = preview[cycle[i % cycle.length].value() - 1].card();
			now = card.due();
		}
	}

	@Test
	void fuzz_is_the_same_for_the_same_card_and_review_and_stays_near_the_interval() {
		Scheduler fuzzed = new Scheduler(SchedulerSettings.defaults());
		Card card = new Card(7, CardState.REVIEW, 0, new MemoryState(30, 5), START, START, 5, 0);
		Instant now = START.plus(Duration.ofDays(30));
		long first = fuzzed.review(card, Rating.GOOD, now).scheduledDays();
		long again = fuzzed.review(card, Rating.GOOD, now).scheduledDays();
		long unfuzzed = this.scheduler.review(card, Rating.GOOD, now).scheduledDays();
		assertThat(first).isEqualTo(again);
		assertThat((double) first).isBetween(unfuzzed * 0.9, unfuzzed * 1.1);
	}

}
