package app.quarry.srs.fsrs;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class MemoryModelTests {

	private final MemoryModel model = new MemoryModel(Parameters.defaults());

	@Test
	void recall_probability_is_ninety_percent_after_one_stability() {
		assertThat(this.model.retrievability(1, 1)).isCloseTo(0.9, within(1e-12));
	}

	@Test
	void next_difficulty_from_five_matches_the_published_values() {
		double[] expected = { 8.34176237, 6.66599536, 4.99022837, 3.31446137 };
		for (Rating rating : Rating.values()) {
			assertThat(this.model.nextDifficulty(5, rating)).as(rating.name())
				.isCloseTo(expected[rating.value() - 1], within(1e-6));
		}
	}

	@Test
	void same_day_stability_from_five_matches_the_published_values() {
		double[] expected = { 1.596818, 5, 5, 8.12960956 };
		for (Rating rating : Rating.values()) {
			assertThat(this.model.shortTermStability(5, rating)).as(rating.name())
				.isCloseTo(expected[rating.value() - 1], within(1e-5));
		}
	}

	@Test
	void interval_for_stability_one_matches_the_published_values_for_each_retention() {
		long[] expected = { 3116769, 34793, 2508, 387, 90, 27, 9, 3, 1, 1 };
		for (int i = 0; i < 10; i++) {
			double retention = (i + 1) / 10.0;
			assertThat(this.model.interval(1, retention, Long.MAX_VALUE)).as("retention %s", retention)
				.isEqualTo(expected[i]);
		}
	}

	@Test
	void first_reviews_start_from_the_published_initial_states() {
		double[] stability = { 0.212, 1.2931, 2.3065, 8.2956 };
		double[] difficulty = { 6.4133, 5.11217071, 2.11810397, 1.0 };
		for (Rating rating : Rating.values()) {
			MemoryState state = this.model.initial(rating);
			assertThat(state.stability()).isEqualTo(stability[rating.value() - 1]);
			assertThat(state.difficulty()).isCloseTo(difficulty[rating.value() - 1], within(1e-7));
		}
	}

	@Test
	void again_then_five_goods_after_0_0_1_3_8_21_days_end_at_the_published_state() {
		MemoryState state = replay(this.model);
		assertThat(state.stability()).isCloseTo(53.62691, within(1e-4));
		assertThat(state.difficulty()).isCloseTo(6.3574867, within(1e-6));
	}

	@Test
	void without_short_term_weights_the_same_history_ends_at_53_335106() {
		double[] w = Parameters.defaults().toArray();
		w[17] = 0;
		w[18] = 0;
		w[19] = 0;
		MemoryState state = replay(new MemoryModel(Parameters.of(w)));
		assertThat(state.stability()).isCloseTo(53.335106, within(1e-4));
		assertThat(state.difficulty()).isCloseTo(6.3574867, within(1e-6));
	}

	private static MemoryState replay(MemoryModel model) {
		Rating[] ratings = { Rating.AGAIN, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD };
		long[] days = { 0, 0, 1, 3, 8, 21 };
		MemoryState state = null;
		for (int i = 0; i < ratings.length; i++) {
			state = model.next(state, days[i], ratings[i]);
		}
		return state;
	}

}
