package app.quarry.generation.extract.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * What an organisation is, told by a participle or a relative clause after its name or by
 * a creed before it; a clause after a person or a place describes no organisation.
 */
class OrganisationClausesTest {

	private static List<String> found(String text) {
		return FoundOrganisations.in(text);
	}

	@Test
	void a_participle_set_off_after_the_name_says_who_stands_behind_it() {
		assertThat(found(
				"The board will decide whether the Norland Academy, funded by the government of Ostland, can move."))
			.contains("Norland Academy | funded by the government of Ostland");
		assertThat(found("The Kessel Group, linked with the Vetra cartel, planned the attacks."))
			.contains("Kessel Group | linked with the Vetra cartel");
	}

	@Test
	void a_relative_clause_with_a_verb_in_the_present_says_what_it_does() {
		assertThat(found(
				"New members are joining the so called Vetra Identity Movement which cites old scripture as its creed."))
			.contains("Vetra Identity Movement | which cites old scripture as its creed");
		assertThat(found("The Halden Party, which opposes the treaty, won ten seats."))
			.contains("Halden Party | which opposes the treaty");
	}

	@Test
	void a_country_broadcaster_named_by_its_people_and_medium_is_described_by_its_clause() {
		assertThat(found("By today, Danish television, which clings to the party line, began to promote the visit."))
			.contains("Danish television | which clings to the party line");
		assertThat(found("Late on Friday, Danish radio, funded by the state, said nothing."))
			.contains("Danish radio | funded by the state");
		assertThat(found("He watched Danish television, which he dislikes.")).isEmpty();
	}

	@Test
	void a_creed_before_a_government_describes_the_movement_that_governs() {
		assertThat(found("She says security under the fundamentalist Vetra government is better."))
			.contains("Vetra | a fundamentalist government");
	}

	@Test
	void a_clause_after_a_person_a_place_or_a_people_describes_no_organisation() {
		assertThat(found("Jane Roe, funded by her brother, can move.")).isEmpty();
		assertThat(found("Police in Arvena, funded by the state, said nothing.")).isEmpty();
		assertThat(found("She fled the communist Norlandic government in 1990.")).isEmpty();
		assertThat(found("The Halden Party, which says it will win, met.")).isEmpty();
	}

}
