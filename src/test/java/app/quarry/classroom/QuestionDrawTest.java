package app.quarry.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class QuestionDrawTest {

	private static final List<Integer> POOL = IntStream.range(0, 20).boxed().toList();

	@Test
	void without_a_count_limit_or_shuffle_the_pool_is_kept_in_order() {
		assertThat(QuestionDraw.draw(POOL, 50, false, 1)).isEqualTo(POOL);
	}

	@Test
	void a_draw_of_n_keeps_pool_order_and_has_no_repeats() {
		List<Integer> drawn = QuestionDraw.draw(POOL, 5, false, 1);
		assertThat(drawn).hasSize(5).doesNotHaveDuplicates().isSorted();
	}

	@Test
	void the_same_seed_draws_the_same_quiz_so_a_reload_changes_nothing() {
		assertThat(QuestionDraw.draw(POOL, 10, true, 99)).isEqualTo(QuestionDraw.draw(POOL, 10, true, 99));
	}

	@Test
	void different_students_get_different_draws() {
		assertThat(QuestionDraw.draw(POOL, 10, false, QuestionDraw.seed(1, 1)))
			.isNotEqualTo(QuestionDraw.draw(POOL, 10, false, QuestionDraw.seed(1, 2)));
	}

	@Test
	void shuffled_options_are_a_stable_permutation_per_attempt() {
		List<String> options = List.of("a", "b", "c", "d");
		List<String> first = QuestionDraw.options(options, true, 7, "q-1");
		assertThat(first).containsExactlyInAnyOrderElementsOf(options)
			.isEqualTo(QuestionDraw.options(options, true, 7, "q-1"));
		assertThat(QuestionDraw.options(options, false, 7, "q-1")).isEqualTo(options);
	}

}
