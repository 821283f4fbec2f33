package app.quarry.generation.extract.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A sentence that makes a named body one of a group of bodies picked out by a clause says
 * what the body is to the story; a clause with a pronoun, or a group of people, does not.
 */
class OneOfTheKindThatTest {

	@Test
	void one_of_the_firms_that_did_something_describes_the_name_opening_the_sentence() {
		assertThat(FoundOrganisations
			.in("Zentex was just one of the firms that had worked with the institute, looking at sensor tags."))
			.contains("Zentex | one of the firms that had worked with the institute");
	}

	@Test
	void a_clause_with_a_pronoun_or_a_group_of_people_describes_nothing() {
		assertThat(FoundOrganisations.in("Zentex was one of the firms that had worked with us on the tags."))
			.noneMatch(fact -> fact.startsWith("Zentex | one of"));
		assertThat(FoundOrganisations.in("Jane Roe was one of the nurses who had worked at the clinic."))
			.noneMatch(fact -> fact.contains("one of the nurses"));
	}

}
