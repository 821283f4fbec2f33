package app.quarry.generation.extract.people;

import static app.quarry.generation.extract.people.FoundRoles.roles;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A relation written bare before a name ("cellmate Dan Brodie") is a relation to the
 * person the sentence opens with, when no other name stands between. In sentences written
 * for the test.
 */
class RelationsOwnedBySubjectTest {

	@Test
	void a_bare_relation_before_a_name_belongs_to_the_sentences_subject() {
		assertThat(roles("Tom Hale was in court on Monday accused of stabbing cellmate Dan Brodie at the jail."))
			.contains("Dan Brodie | Tom Hale's cellmate");
		assertThat(roles("Greta Olsen and husband Piet Maas opened the bakery in 1998."))
			.contains("Piet Maas | Greta Olsen's husband");
	}

	@Test
	void another_name_between_leaves_the_relation_without_an_owner() {
		assertThat(roles("Tom Hale told Sara Lund about roommate Dan Brodie over dinner."))
			.noneMatch(found -> found.contains("'s roommate"));
	}

	@Test
	void a_sentence_opened_by_no_name_gives_the_relation_no_owner() {
		assertThat(roles("On Monday police questioned roommate Dan Brodie about the fire."))
			.noneMatch(found -> found.contains("'s roommate"));
	}

}
