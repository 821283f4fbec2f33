package app.quarry.generation;

import static app.quarry.generation.CountQuestionsTest.clozes;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "The two" names a pair the story knows: beside another count of its sentence, only the
 * other count is asked.
 */
class KnownGroupsTest {

	@Test
	void what_a_known_pair_holds_is_asked_and_not_its_size() {
		assertThat(clozes("The two Sunday papers currently employ 340 reporters.")).containsExactly(
				"Fill in the missing number: The two Sunday papers currently employ _____ reporters. = 340");
		assertThat(clozes("The minister said the two airlines would add eight routes.")).containsExactly(
				"Fill in the missing number: The minister said the two airlines would add _____ routes. = 8");
	}

	@Test
	void a_known_pair_alone_in_its_sentence_still_tells_how_many() {
		assertThat(clozes("The two clubs merged in June."))
			.containsExactly("Fill in the missing number: The _____ clubs merged in June. = 2");
	}

	@Test
	void a_larger_group_named_with_the_is_still_asked_beside_another_count() {
		assertThat(clozes("The nine miners were rescued along with four guards.")).anyMatch(q -> q.endsWith("= 9"))
			.anyMatch(q -> q.endsWith("= 4"));
	}

}
