package app.quarry.generation.extract.people;

import static app.quarry.generation.extract.people.FoundRoles.roles;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A role told of "he" or "she" is the role of the person the pronoun stands for, and is
 * kept only when no one else could be meant: a role given to the wrong one is a wrong
 * answer.
 */
class PronounRolesTest {

	@Test
	void a_pronoun_after_two_people_of_its_gender_gives_neither_a_role() {
		assertThat(
				roles("Tom Harlan also criticized Peter Wendt for closing the office when he became attorney general."))
			.noneMatch(role -> role.endsWith("| attorney general"));
	}

	@Test
	void a_pronoun_that_goes_on_telling_of_its_person_keeps_the_role_after_another_was_named() {
		assertThat(roles("Marcus Vell was a painter of the Flemish school. He was born in Ghent and trained under "
				+ "his uncle Anton Brill. He moved to Paris in 1702. He became the court painter of Louis XIV."))
			.contains("Marcus Vell | the court painter of Louis XIV");
	}

	@Test
	void a_pronoun_far_from_its_persons_name_in_a_life_story_keeps_the_role() {
		assertThat(roles("Clara Moss was born in Leeds in 1901. The family moved to York. The mill closed in 1912. "
				+ "The war began two years later. After it, she became the first mayor of Hull."))
			.contains("Clara Moss | the first mayor of Hull");
	}

}
