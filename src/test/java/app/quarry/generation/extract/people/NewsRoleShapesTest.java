package app.quarry.generation.extract.people;

import static app.quarry.generation.extract.people.FoundRoles.roles;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Role shapes common in news reports, each in an invented sentence: the titles of clergy
 * and doctors, and roles set off before a name in the middle of a clause.
 */
class NewsRoleShapesTest {

	@Test
	void members_of_assemblies_are_described_by_their_post() {
		assertThat(roles("Tom Vale, a United Germany parliamentarian, spoke to the crowd."))
			.containsExactly("Tom Vale | a United Germany parliamentarian");
		assertThat(roles("Ann Lee, a Westbury alderman, voted against the plan."))
			.containsExactly("Ann Lee | a Westbury alderman");
	}

	@Test
	void a_sentence_after_a_comma_is_no_description_of_the_place_before_it() {
		assertThat(roles("In Norland, the boy's father was angry about the subpoena.")).isEmpty();
		assertThat(roles("He asked Tom Reyes to return to Norland, an anti-war lawmaker subpoenaed him.")).isEmpty();
		assertThat(roles("Tom Reyes, a lawmaker who has led the inquiry, spoke."))
			.containsExactly("Tom Reyes | a lawmaker who has led the inquiry");
	}

	@Test
	void a_cardinal_or_a_monsignor_is_titled_not_named_so() {
		assertThat(roles("At the cathedral in Linford, Cardinal Paul Ostrander called the attack wrong."))
			.containsExactly("Paul Ostrander | Cardinal");
		assertThat(roles("The letter was read by Monsignor Tomas Brenner on Sunday."))
			.containsExactly("Tomas Brenner | Monsignor");
	}

	@Test
	void a_doctors_title_is_the_role_of_someone_the_text_describes_no_further() {
		assertThat(roles("Hundreds gathered at a church for Dr. Paul Ostrander on Sunday."))
			.containsExactly("Paul Ostrander | Dr.");
	}

	@Test
	void a_doctors_title_gives_way_to_what_the_text_says_the_doctor_is() {
		assertThat(roles(
				"Dr. Paul Ostrander spoke first. Ostrander, a surgeon at Linford General, said the wounds were deep."))
			.containsExactly("Paul Ostrander | a surgeon at Linford General");
	}

	@Test
	void a_plain_courtesy_title_is_still_no_role() {
		assertThat(roles("Hundreds gathered at a church for Mr. Paul Ostrander on Sunday.")).isEmpty();
	}

	@Test
	void a_role_set_off_after_an_opening_phrase_is_the_role_of_the_name_after_it() {
		assertThat(roles("In the race for mayor, the Republican candidate, Tomas Brenner, who opposes the tax, "
				+ "has moved quickly."))
			.containsExactly("Tomas Brenner | the Republican candidate");
	}

	@Test
	void a_role_set_off_after_a_word_that_opens_a_clause_is_the_role_of_the_name_after_it() {
		assertThat(roles(
				"Crowds gathered after Lind announced that the boy's father, Tomas Brenner, is ready to " + "travel."))
			.containsExactly("Tomas Brenner | the boy's father");
	}

	@Test
	void a_role_set_off_after_a_list_of_names_belongs_to_no_one() {
		assertThat(roles("He met Lind, the mayor, Tomas Brenner, and the governor.")).isEmpty();
	}

	@Test
	void the_role_set_off_before_a_name_is_the_phrase_that_reads_as_a_role_not_the_first_after_a_verb() {
		assertThat(roles("It is a plot hatched by the hated dictator, Tomas Brenner, they say."))
			.containsExactly("Tomas Brenner | the hated dictator");
	}

	@Test
	void a_relative_clause_with_a_copula_gives_the_role_after_it() {
		assertThat(roles("Mara Lind, who is the director of the Linford museum, said the paintings were safe."))
			.containsExactly("Mara Lind | the director of the Linford museum");
	}

	@Test
	void a_relative_clause_that_says_where_someone_works_is_all_the_text_says_they_are() {
		assertThat(roles("\"It is fine,\" said Mara Lind, 49, who works at a bakery in Linford."))
			.containsExactly("Mara Lind | someone who works at a bakery in Linford");
		assertThat(roles("Tomas Brenner, who was injured in the blast, spoke first.")).isEmpty();
	}

	@Test
	void a_plural_role_set_off_before_a_list_of_names_is_each_ones() {
		assertThat(roles("It criticized the way Tomas's grandmothers, Mara Lind and Elsa Brenner, were treated."))
			.containsExactly("Mara Lind | one of Tomas's grandmothers", "Elsa Brenner | one of Tomas's grandmothers");
	}

	@Test
	void a_plural_role_set_off_after_a_list_of_names_is_each_ones() {
		assertThat(roles(
				"The vote was lost when Mara Lind and Tomas Brenner, both members of the city council, " + "voted no."))
			.containsExactly("Mara Lind | a member of the city council",
					"Tomas Brenner | a member of the city council");
		assertThat(roles("The court heard Mara Lind and Tomas Brenner, the boy's cousins, on Friday."))
			.containsExactly("Mara Lind | one of the boy's cousins", "Tomas Brenner | one of the boy's cousins");
	}

	@Test
	void a_bare_plural_set_off_by_commas_says_too_little_to_be_a_role() {
		assertThat(roles("She thanked Mara Lind and Tomas Brenner, the organizers, for their help.")).isEmpty();
	}

	@Test
	void a_plural_title_opening_the_sentence_is_each_names_role() {
		assertThat(roles("Lawyers Mara Lind and Tomas Brenner filed the appeal.")).containsExactly("Mara Lind | lawyer",
				"Tomas Brenner | lawyer");
	}

	@Test
	void a_great_uncle_a_pronoun_owns_is_the_relative_of_whom_the_pronoun_stands_for() {
		assertThat(roles("Mara Lind arrived on Monday. Officials said her great-uncle, Tomas Brenner, had signed."))
			.containsExactly("Tomas Brenner | Mara Lind's great-uncle");
	}

	@Test
	void a_pronoun_after_a_noun_for_someone_unnamed_owns_no_role() {
		assertThat(roles("Paul Ostrander spoke on Monday. Officials will revoke the boy's visa if his great-uncle, "
				+ "Tomas Brenner, does not sign."))
			.isEmpty();
	}

	@Test
	void a_relative_clause_that_names_someone_to_a_post_gives_the_post_without_when() {
		assertThat(roles("Mara Lind, who was named chief executive of Harbor Bank last year, declined to comment."))
			.containsExactly("Mara Lind | chief executive of Harbor Bank");
		assertThat(roles("Mara Lind, who was appointed as ambassador to Linford in 2019, declined to comment."))
			.containsExactly("Mara Lind | ambassador to Linford");
		assertThat(roles("Mara Lind, who was named in the report, declined to comment.")).isEmpty();
	}

	@Test
	void a_role_held_then_is_a_former_role() {
		assertThat(roles("Tomas Brenner lost the race. A judge removed Brenner, then the district attorney for "
				+ "western Linford, from the case."))
			.containsExactly("Tomas Brenner | former district attorney for western Linford");
	}

	@Test
	void a_role_held_then_that_an_owner_holds_keeps_its_article() {
		assertThat(roles("Tomas Brenner lost the race. A judge removed Brenner, then the firm's chief executive, "
				+ "from the case."))
			.containsExactly("Tomas Brenner | formerly the firm's chief executive");
	}

	@Test
	void a_list_of_names_that_opens_its_sentence_shares_the_plural_role_after_it() {
		assertThat(roles("Mara Lind and Tomas Brenner, the company's founders, said the sale was final."))
			.containsExactly("Mara Lind | one of the company's founders",
					"Tomas Brenner | one of the company's founders");
	}

	@Test
	void parents_and_children_in_the_plural_are_shared_roles_too() {
		assertThat(roles("The court heard the boy's parents, Mara Lind and Tomas Brenner, on Friday."))
			.containsExactly("Mara Lind | one of the boy's parents", "Tomas Brenner | one of the boy's parents");
	}

	@Test
	void a_relative_clause_with_a_copula_needs_no_article_before_a_post() {
		assertThat(roles("Mara Lind, who is president of Harbor Bank, will be succeeded by Tomas Brenner, 42, who is "
				+ "executive vice president in charge of lending."))
			.containsExactly("Mara Lind | president of Harbor Bank",
					"Tomas Brenner | executive vice president in charge of lending");
	}

	@Test
	void a_protester_a_suspect_or_an_opponent_described_in_an_apposition_is_so_described() {
		assertThat(roles("Attention fell on Tomas Brenner, a 44-year-old anti-tax protester, on Friday."))
			.containsExactly("Tomas Brenner | a 44-year-old anti-tax protester");
	}

	@Test
	void a_great_uncle_and_a_guardian_are_roles_in_an_apposition() {
		assertThat(
				roles("As of Wednesday, Tomas Brenner, the boy's great-uncle and temporary guardian, had not signed."))
			.containsExactly("Tomas Brenner | the boy's great-uncle and temporary guardian");
	}

	@Test
	void a_publisher_is_a_role() {
		assertThat(roles("Mara Lind, publisher of Harbor Weekly, said sales fell."))
			.contains("Mara Lind | publisher of Harbor Weekly");
	}

	@Test
	void a_named_owners_role_with_what_it_is_of_or_where_is_set_off_before_the_name() {
		assertThat(roles("The pound fell after the resignation of Linford's chancellor of the Exchequer, Mara Lind."))
			.containsExactly("Mara Lind | Linford's chancellor of the Exchequer");
		assertThat(roles("The department is considering a request from Tomas's father in Linford, Paul Brenner, to "
				+ "move the case."))
			.containsExactly("Paul Brenner | Tomas's father in Linford");
	}

	@Test
	void a_pronoun_after_another_owner_named_in_its_sentence_owns_no_role() {
		assertThat(roles("Tomas Vale arrived in May. The department is considering a request from Paul Brenner to "
				+ "have Tomas's custody shifted from his great-uncle Luis Brenner to another relative."))
			.doesNotContain("Luis Brenner | Paul Brenner's great-uncle");
	}

	@Test
	void a_town_before_a_state_that_goes_on_as_a_modifier_does_not_end_the_role() {
		assertThat(roles("\"This is big,\" said Mara Lind, publisher of Orlando, Fla.-based Candy Weekly."))
			.doesNotContain("Mara Lind | publisher of Orlando");
		assertThat(roles("\"This is big,\" said Mara Lind, mayor of Orlando, Fla., on Monday."))
			.containsExactly("Mara Lind | mayor of Orlando");
	}

	@Test
	void an_acronym_in_brackets_after_the_body_belongs_to_the_title_before_the_name() {
		assertThat(roles("Director of the State Forest Protection Agency (SFPA) Martin Oakley said Friday that "
				+ "the fires were under control."))
			.containsExactly("Martin Oakley | Director of the State Forest Protection Agency (SFPA)");
		assertThat(roles("The talks were led by African National Union (ANU) leader Martin Oakley and two others."))
			.containsExactly("Martin Oakley | African National Union (ANU) leader");
	}

	@Test
	void a_bracketed_aside_in_lower_case_opens_no_title() {
		assertThat(roles("The fire (see map) Martin Oakley said was small.")).isEmpty();
	}

	@Test
	void a_capitalized_dean_opening_a_name_is_a_given_name_and_a_lower_case_one_a_post() {
		assertThat(roles("The plan was drawn up by Dean Harlow, who spoke first.")).isEmpty();
		assertThat(roles("The letter was signed by law school dean Ilse Morrow on Monday."))
			.containsExactly("Ilse Morrow | law school dean");
	}

}
