package app.quarry.generation.extract.people;

import static app.quarry.generation.extract.people.FoundRoles.roles;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Whoever replaced a subject who left a post is that subject's successor, whether the
 * subject is named or a pronoun that stands for a name. In sentences written for the
 * test.
 */
class SuccessorsOfOnesWhoLeftTest {

	@Test
	void the_replacement_of_a_named_subject_who_resigned_is_the_successor() {
		assertThat(roles("Tom Hale resigned as coach in May and was replaced by Dan Brodie."))
			.contains("Dan Brodie | Tom Hale's successor");
	}

	@Test
	void a_pronoun_read_as_the_named_subject_owns_the_succession() {
		assertThat(roles(
				"Greta Olsen led the board for a decade. She stepped down on Friday, and was replaced by Sara Lund."))
			.contains("Sara Lund | Greta Olsen's successor");
	}

	@Test
	void a_substitute_in_a_match_succeeds_no_one() {
		assertThat(roles("Tom Hale was taken off with a knee injury and was replaced by Dan Brodie."))
			.noneMatch(found -> found.contains("successor"));
		assertThat(roles("Tom Hale stepped up in the second half and was replaced by Dan Brodie late on."))
			.noneMatch(found -> found.contains("successor"));
	}

}
