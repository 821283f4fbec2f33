package app.quarry.generation.extract.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A description with "a" or "an", then "named" or "called", then the name: the
 * description says who the person is.
 */
class DescribedThenNamedTest {

	@Test
	void a_qualified_description_before_named_is_the_role() {
		assertThat(FoundRoles.roles("The farm was later sold to a wealthy neighbour named Ada Kellerman."))
			.contains("Ada Kellerman | a wealthy neighbour");
		assertThat(FoundRoles.roles("Rescuers reached an injured climber, named Oskar Lindfors, by helicopter."))
			.contains("Oskar Lindfors | an injured climber");
	}

	@Test
	void a_lone_noun_for_a_kind_of_person_before_called_is_the_role() {
		assertThat(FoundRoles.roles("The pipes were fixed by a plumber called Derek Ashworth within the hour."))
			.contains("Derek Ashworth | a plumber");
	}

	@Test
	void a_bare_man_or_woman_says_nothing_of_who_the_person_is() {
		assertThat(FoundRoles.roles("The keys were handed to a man named Derek Ashworth at the gate."))
			.noneMatch(role -> role.startsWith("Derek Ashworth | a man"));
	}

	@Test
	void a_firm_or_a_definite_description_before_named_is_no_role() {
		assertThat(FoundRoles.roles("She set up a company called Derek Ashworth Holdings in the spring."))
			.noneMatch(role -> role.contains("| a company"));
		assertThat(FoundRoles.roles("The crew stayed in a quiet fishing village called Ada Kellerman last year."))
			.noneMatch(role -> role.startsWith("Ada Kellerman |"));
		assertThat(FoundRoles.roles("The band released a second studio album called Derek Ashworth in May."))
			.noneMatch(role -> role.startsWith("Derek Ashworth |"));
		assertThat(FoundRoles.roles("The report was signed by the inspector named Ada Kellerman in the file."))
			.noneMatch(role -> role.startsWith("Ada Kellerman | the inspector"));
	}

	@Test
	void a_description_opening_the_sentence_before_an_active_called_is_its_subject() {
		assertThat(FoundRoles.roles("A local councillor called Derek Ashworth on Monday to complain."))
			.noneMatch(role -> role.startsWith("Derek Ashworth | a local councillor"));
		assertThat(FoundRoles.roles("An angry supporter called Ada Kellerman a cheat after the race."))
			.noneMatch(role -> role.startsWith("Ada Kellerman | an angry supporter"));
	}

	@Test
	void an_animal_or_a_relative_is_read_by_what_the_noun_names() {
		assertThat(FoundRoles.roles("The family adopted a rescue dog named Lady Grey in June."))
			.noneMatch(role -> role.startsWith("Lady Grey |"));
		assertThat(FoundRoles.roles("He was reported to police by a distant cousin named Ada Kellerman."))
			.contains("Ada Kellerman | a distant cousin");
	}

}
