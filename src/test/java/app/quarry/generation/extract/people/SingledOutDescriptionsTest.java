package app.quarry.generation.extract.people;

import static app.quarry.generation.extract.people.FoundRoles.roles;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * An apposition or a "who was" clause that opens with "the" and a rank ("the first", "the
 * last", "the oldest") singles the person out and describes them whatever its noun; a
 * rank of a time or a count does not. In sentences written for the test.
 */
class SingledOutDescriptionsTest {

	@Test
	void a_rank_after_the_singles_the_person_out() {
		assertThat(roles("Ana Lind, the first woman to lead the council, opened the bridge."))
			.containsExactly("Ana Lind | the first woman to lead the council");
		assertThat(roles("Jane Roe, who was the last Westrian royal born in the old palace, died on Monday."))
			.containsExactly("Jane Roe | the last Westrian royal born in the old palace");
		assertThat(roles("Ivo Marek, the oldest of the three brothers, said the farm would be sold."))
			.containsExactly("Ivo Marek | the oldest of the three brothers");
		assertThat(roles("Rita Moss, who was the first Westrian to win the prize, said she was proud."))
			.containsExactly("Rita Moss | the first Westrian to win the prize");
	}

	@Test
	void a_rank_of_a_time_or_of_a_count_describes_no_one() {
		assertThat(roles("Ana Lind, the first time she stood, lost by ten votes.")).isEmpty();
		assertThat(roles("Tom Vane, the first of two speakers, left early.")).isEmpty();
		assertThat(roles("Jane Roe, the last two years, has lived abroad.")).isEmpty();
	}

}
