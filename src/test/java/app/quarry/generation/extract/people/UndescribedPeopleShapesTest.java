package app.quarry.generation.extract.people;

import static app.quarry.generation.extract.people.FoundRoles.roles;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * People a story names without a title, each shape in an invented sentence: the one act a
 * plain statement tells of them, the plural phrase a list of names is included in, what a
 * main clause says they own or founded, a modifier spelled like a speech verb, and an
 * office the sentence before gave for their country.
 */
class UndescribedPeopleShapesTest {

	@Test
	void a_plain_statement_of_one_act_describes_a_person_given_no_role() {
		assertThat(roles("Dorothy Pellman delivered this message to the county board of supervisors."))
			.containsExactly("Dorothy Pellman | someone who delivered a message to the county board of supervisors");
		assertThat(roles("So when Henrik Dalberg spent forty million dollars for this mansion, he thought it cheap."))
			.containsExactly("Henrik Dalberg | someone who spent forty million dollars for a mansion");
		assertThat(roles("This man, Roland Vetch has already been charged in the warehouse fire."))
			.containsExactly("Roland Vetch | someone who has already been charged in the warehouse fire");
	}

	@Test
	void a_year_may_open_the_statement() {
		assertThat(roles("In 1991 Harold Creech was convicted of fraud in a state court."))
			.containsExactly("Harold Creech | someone who was convicted of fraud in a state court");
	}

	@Test
	void a_firm_named_like_a_person_is_told_by_no_act() {
		assertThat(roles("For the year, Du Pont bought three chemical plants in Delaware.")).isEmpty();
		assertThat(roles("Harbour Steel Corp. sold its mills to a rival.")).isEmpty();
	}

	@Test
	void only_the_first_act_of_a_person_is_kept_and_none_of_someone_with_a_role() {
		assertThat(roles("Dorothy Pellman painted the old lighthouse. Dorothy Pellman sold the painting in May."))
			.containsExactly("Dorothy Pellman | someone who painted the old lighthouse");
		assertThat(roles("Mara Quill, the mayor of Elmbrook, painted the old lighthouse."))
			.containsExactly("Mara Quill | the mayor of Elmbrook");
	}

	@Test
	void an_act_that_is_not_plainly_stated_or_says_too_little_is_not_a_description() {
		assertThat(roles("If Dorothy Pellman signed the lease, the shop would open.")).isEmpty();
		assertThat(roles("Dorothy Pellman declined to comment on the report.")).isEmpty();
		assertThat(roles("Dorothy Pellman gave him the keys to the shop.")).isEmpty();
		assertThat(roles("Dorothy Pellman did not sign the lease for the shop.")).isEmpty();
		// two people who did it together are each one of the two, never the one who did
		// it
		assertThat(roles("Dorothy Pellman and Ann Doe signed the lease for the shop."))
			.noneMatch(role -> role.contains("someone who"));
		assertThat(roles("Dorothy Pellman walked.")).isEmpty();
		assertThat(roles("\"Dorothy Pellman signed the lease for the shop,\" he said.")).isEmpty();
	}

	@Test
	void names_included_in_a_plural_phrase_share_its_singular() {
		assertThat(roles("Supporters of the school, including Martha Greenleaf, said the move would help."))
			.containsExactly("Martha Greenleaf | a supporter of the school");
		assertThat(roles("The hearing was tense, opponents of the plan, including Ann Doe and Jane Roe, spoke."))
			.containsExactly("Ann Doe | an opponent of the plan", "Jane Roe | an opponent of the plan");
	}

	@Test
	void such_as_and_a_plural_opening_the_sentence_work_alike() {
		assertThat(roles("Residents such as Jane Roe and Ann Doe opposed the plan."))
			.containsExactly("Jane Roe | a resident", "Ann Doe | a resident");
		assertThat(roles("Lawmakers, including Jane Roe, voted against the bill."))
			.containsExactly("Jane Roe | a lawmaker");
	}

	@Test
	void a_plural_that_names_no_kind_of_person_gives_nothing() {
		assertThat(roles("Several cities, including Elmbrook, said the tax was unfair.")).isEmpty();
		assertThat(roles("Many things, including Jane Roe's letter, were lost.")).isEmpty();
	}

	@Test
	void what_a_main_clause_says_the_subject_owns_or_founded_is_a_role() {
		assertThat(roles("Olga Brisco owns nine apartments here."))
			.containsExactly("Olga Brisco | owner of nine apartments");
		assertThat(roles("Mara Quill founded Quill Books in 1990."))
			.containsExactly("Mara Quill | founder of Quill Books");
		assertThat(roles("Jane Holloway heads the Riverside Trust."))
			.containsExactly("Jane Holloway | head of the Riverside Trust");
	}

	@Test
	void owning_one_thing_or_heading_somewhere_is_no_role() {
		assertThat(roles("Olga Brisco owns an old bicycle.")).isEmpty();
		assertThat(roles("Jane Holloway heads home after the match.")).isEmpty();
	}

	@Test
	void a_speech_verb_spelling_before_a_role_noun_qualifies_it() {
		assertThat(roles("Li Wenhao, state councilor, and Zhou Minqiang, vice premier, attended the ceremony."))
			.containsExactly("Li Wenhao | state councilor", "Zhou Minqiang | vice premier");
		assertThat(roles("Jane Roe, a state senator, attended the ceremony."))
			.containsExactly("Jane Roe | a state senator");
	}

	@Test
	void holders_named_by_country_after_an_office_given_in_the_plural_hold_it_for_their_country() {
		assertThat(roles("""
				The presidents of Hungary and the Slovak Republic have signed the papers.
				Hungary's Pieter Ostrowski and Tomas Halvik signed them in their palaces.
				""")).containsExactly("Pieter Ostrowski | president of Hungary",
				"Tomas Halvik | president of the Slovak Republic");
		assertThat(roles(
				"The foreign ministers of Austria and Slovenia met. Austria's Greta Kunz said the talks went well."))
			.containsExactly("Greta Kunz | foreign minister of Austria");
	}

	@Test
	void an_office_given_for_one_country_or_long_before_is_not_handed_on() {
		assertThat(roles("The president of Hungary condemned the attack. Hungary's Adam Kovac won the ski jump."))
			.noneMatch(role -> role.contains("president"));
		assertThat(roles("""
				The presidents of Hungary and Austria met on Monday.
				The weather was fine.
				Hungary's Adam Kovac won the ski jump.
				""")).noneMatch(role -> role.contains("president"));
	}

}
