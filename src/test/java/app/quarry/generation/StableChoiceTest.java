package app.quarry.generation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A choice among candidates depends only on the candidates and the seed: not on their
 * order, not on repeats, and a shorter choice is the start of a longer one.
 */
class StableChoiceTest {

	private static final List<String> CANDIDATES = List.of("1998", "1999", "2001", "2003", "2004", "2007");

	@Test
	void the_order_of_the_candidates_does_not_change_the_choice() {
		List<String> shuffled = new ArrayList<>(CANDIDATES);
		Collections.reverse(shuffled);
		assertThat(StableChoice.pick(shuffled, 3, "The plant opened in 2001."))
			.isEqualTo(StableChoice.pick(CANDIDATES, 3, "The plant opened in 2001."));
	}

	@Test
	void a_shorter_choice_is_the_start_of_a_longer_one() {
		List<String> all = StableChoice.pick(CANDIDATES, CANDIDATES.size(), "seed");
		assertThat(all).containsExactlyInAnyOrderElementsOf(CANDIDATES);
		assertThat(StableChoice.pick(CANDIDATES, 2, "seed")).isEqualTo(all.subList(0, 2));
	}

	@Test
	void repeated_candidates_count_once() {
		assertThat(StableChoice.pick(List.of("Ann Roe", "Ann Roe", "Ann Roe"), 3, "seed")).containsExactly("Ann Roe");
		List<String> twice = new ArrayList<>(CANDIDATES);
		twice.addAll(CANDIDATES);
		assertThat(StableChoice.pick(twice, 10, "seed")).isEqualTo(StableChoice.pick(CANDIDATES, 10, "seed"));
	}

	@Test
	void nothing_is_chosen_from_nothing_or_for_no_place() {
		assertThat(StableChoice.pick(List.of(), 3, "seed")).isEmpty();
		assertThat(StableChoice.pick(CANDIDATES, 0, "seed")).isEmpty();
	}

}
