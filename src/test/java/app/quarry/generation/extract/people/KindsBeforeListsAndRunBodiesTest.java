package app.quarry.generation.extract.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A plural kind before "such as" and two names gives each name that kind; a person who
 * runs a named body is its head, while running a risk or a race says nothing of who
 * someone is.
 */
class KindsBeforeListsAndRunBodiesTest {

	@Test
	void a_plural_kind_before_such_as_and_two_names_gives_each_name_the_kind() {
		assertThat(FoundOrganisations.in("Acme has bought firms such as Zentrix and Quorlon in the past year."))
			.contains("Zentrix | firm", "Quorlon | firm");
		assertThat(FoundOrganisations.in("Acme competes with software firms such as Zentrix and Quorlon."))
			.contains("Zentrix | software firm", "Quorlon | software firm");
	}

	@Test
	void rivals_such_as_two_names_are_no_kind() {
		assertThat(FoundOrganisations.in("Acme has long trailed rivals such as Zentrix and Quorlon."))
			.noneMatch(found -> found.endsWith("| rival"));
	}

	@Test
	void a_person_who_runs_a_named_body_is_its_head() {
		assertThat(FoundRoles.roles("Jane Roe runs Acme from a small office in Leeds."))
			.contains("Jane Roe | head of Acme");
		assertThat(FoundRoles.roles("Jane Roe runs Zenith Holdings.")).contains("Jane Roe | head of Zenith Holdings");
	}

	@Test
	void running_what_is_no_named_body_gives_no_role() {
		assertThat(FoundRoles.roles("Jane Roe runs the risk of losing her seat.")).isEmpty();
		assertThat(FoundRoles.roles("Jane Roe runs Acme's Dutch arm.")).noneMatch(found -> found.contains("head of"));
		assertThat(FoundRoles.roles("Jane Roe runs Acme and Zenith.")).noneMatch(found -> found.contains("head of"));
	}

}
