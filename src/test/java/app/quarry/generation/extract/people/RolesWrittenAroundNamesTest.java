package app.quarry.generation.extract.people;

import static app.quarry.generation.extract.people.FoundRoles.roles;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Roles news text writes around a person's name in shapes that vary a common one: a role
 * named first and the name after "as", a role set off before a name whose closing comma
 * was left out, a charge in a relative clause, an apposition after "also", a bracketed
 * gloss inside a title.
 */
class RolesWrittenAroundNamesTest {

	@Test
	void a_role_identified_as_a_name_is_hers() {
		assertThat(roles("Police have identified the gunman as Ned Lowry.")).contains("Ned Lowry | the gunman");
		assertThat(roles("Authorities tentatively identified the shooter as Karl Penn."))
			.contains("Karl Penn | the shooter");
		assertThat(roles("The club named the new coach as Rob Finn on Monday.")).contains("Rob Finn | the new coach");
	}

	@Test
	void a_name_identified_as_a_post_in_a_body_holds_it() {
		assertThat(roles("Officials have identified Omar Bakri as a senior commander of the rebel army."))
			.contains("Omar Bakri | a senior commander of the rebel army");
		assertThat(roles("Officials have identified Kim Dorn as an influential organiser within the rebel movement."))
			.contains("Kim Dorn | an influential organiser within the rebel movement");
	}

	@Test
	void what_is_identified_as_a_thing_gives_no_role() {
		assertThat(roles("Police identified the car as a Ford Focus.")).isEmpty();
		assertThat(roles("Police identified the cause as a faulty valve near Jane Roe's farm.")).isEmpty();
	}

	@Test
	void a_role_set_off_before_a_name_closed_by_a_preposition_is_hers() {
		assertThat(roles("He opposed the decision to try the Dutch suspect, Olaf Brink in a civilian court."))
			.contains("Olaf Brink | the Dutch suspect");
		assertThat(roles("He met the mayor, Rosa Blanc in Paris on Monday.")).contains("Rosa Blanc | the mayor");
	}

	@Test
	void one_before_a_role_set_off_counts_her_as_a_would() {
		assertThat(roles("Reports described the killing of one reporter, Sam Odede, in the north."))
			.contains("Sam Odede | a reporter");
		assertThat(roles("One official, Greta Sand, said the talks had failed.")).contains("Greta Sand | an official");
		assertThat(roles("At one point, Ivo Marsh said he would leave.")).isEmpty();
	}

	@Test
	void an_object_of_an_infinitive_followed_by_a_clause_is_no_role() {
		assertThat(roles("They wanted to delay the vote after the party's candidate, Jane Roe, withdrew."))
			.doesNotContain("Jane Roe | the vote after the party's candidate");
	}

	@Test
	void a_post_opening_the_sentence_is_closed_by_the_verb_after_the_name() {
		assertThat(roles("Minister of Transport, Peter Hale is due to visit the city on Friday."))
			.contains("Peter Hale | minister of Transport");
		assertThat(roles("Head of the Norland delegation, Ella Stone has arrived in Geneva."))
			.contains("Ella Stone | head of the Norland delegation");
		assertThat(roles("In the capital, Rudi Karsk is expected to speak.")).isEmpty();
	}

	@Test
	void a_capitalized_word_spelled_as_a_verb_inside_a_post_is_part_of_its_name() {
		assertThat(roles("Secretary of State, Mia Torres is due at a meeting of the council."))
			.contains("Mia Torres | secretary of State");
		assertThat(roles("The talks were opened by the Secretary of State, Lia Moss, on Monday."))
			.contains("Lia Moss | the Secretary of State");
	}

	@Test
	void a_charge_in_a_relative_clause_is_her_role() {
		assertThat(roles("Maria Lind, who is in charge of the town's relief effort, said the boats had arrived."))
			.contains("Maria Lind | in charge of the town's relief effort");
		assertThat(roles("Carla Diaz, who is in charge of the relief effort said, \"We need more tents.\""))
			.contains("Carla Diaz | in charge of the relief effort");
		assertThat(roles("Nina Holt, who was responsible for the port's security, resigned on Monday."))
			.contains("Nina Holt | responsible for the port's security");
		assertThat(roles("Owen Pratt, who is in charge of the budget and is due to retire, spoke briefly.")).isEmpty();
	}

	@Test
	void a_clause_about_someone_close_to_her_says_who_she_is() {
		assertThat(roles("Rita Hume, whose son was on board the ferry, said she wanted answers."))
			.contains("Rita Hume | someone whose son was on board the ferry");
		assertThat(roles("Ian Crow, whose daughter was on board the ferry said, \"We want to know.\""))
			.contains("Ian Crow | someone whose daughter was on board the ferry");
		assertThat(roles("Ana Ruiz, whose, frankly, said little.")).isEmpty();
	}

	@Test
	void what_someone_has_in_a_relative_clause_says_who_she_is() {
		assertThat(roles("\"It looks like a war zone,\" said Anton Reyes, who has a bakery in the harbour."))
			.contains("Anton Reyes | someone who has a bakery in the harbour");
		assertThat(roles("Anton Reyes, who has said little so far, left early.")).isEmpty();
	}

	@Test
	void an_apposition_after_also_is_her_role() {
		assertThat(roles("Helen Marsh, also a Green councillor, said she feared the worst."))
			.contains("Helen Marsh | a Green councillor");
		assertThat(roles("Tom Weir, also the party's treasurer, declined to comment."))
			.contains("Tom Weir | the party's treasurer");
	}

	@Test
	void a_plural_title_before_a_list_of_names_is_each_ones_in_the_singular() {
		assertThat(roles("Forty leaders, including former Acme Directors-General Rob Ames and Lee Otto, signed it."))
			.contains("Rob Ames | former Acme Director-General", "Lee Otto | director-general");
		assertThat(roles("The bill was backed by former Acme chairmen Paul Grey and Simon Black on Tuesday."))
			.contains("Simon Black | chairman");
	}

	@Test
	void a_bracket_spelling_out_a_short_title_stays_inside_the_title() {
		assertThat(roles("Liberal MP (Member of Parliament) Anna Wick argued that the law was unfair."))
			.contains("Anna Wick | Liberal MP (Member of Parliament)");
		assertThat(roles("Green MSP (Member of the Scottish Parliament) Jo Bain spoke next."))
			.contains("Jo Bain | Green MSP (Member of the Scottish Parliament)");
		assertThat(roles("The court (High Court) Jake Rowe said nothing.")).isEmpty();
	}

}
