package app.quarry.generation.extract.people;

import static app.quarry.generation.extract.people.FoundRoles.roles;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A post a named owner holds, with what it is of, set off before the name: the post may
 * be written in capitals and say which holder is meant ("new", "former", "proposed"). In
 * sentences written for the test.
 */
class PostsOwnedBeforeNamesTest {

	@Test
	void a_title_in_capitals_with_its_complement_is_the_owners_post() {
		assertThat(roles("Acme's proposed Secretary of Defense, Sara Blake, backed the plan before the board."))
			.containsExactly("Sara Blake | Acme's proposed Secretary of Defense");
		assertThat(roles("Grady's Director of Research, Dan Pike, said the lab would open."))
			.containsExactly("Dan Pike | Grady's Director of Research");
	}

	@Test
	void a_word_saying_which_holder_is_meant_stays_in_the_post() {
		assertThat(roles("Acme's new director of research, Tim Lowe, said the lab would close."))
			.containsExactly("Tim Lowe | Acme's new director of research");
		assertThat(roles("Norbank's former Head of Sales, Ann Bell, backed the merger."))
			.containsExactly("Ann Bell | Norbank's former Head of Sales");
	}

}
