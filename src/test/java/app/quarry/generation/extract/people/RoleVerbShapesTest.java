package app.quarry.generation.extract.people;

import static app.quarry.generation.extract.people.FoundRoles.roles;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The verbs after a subject that give it a role, each shape in an invented sentence: a
 * copula with an adverb in it, a passive that confers a role, a passive that says what
 * others call the subject, and a second predicate of the subject's clause.
 */
class RoleVerbShapesTest {

	@Test
	void an_adverb_inside_the_copula_does_not_hide_the_role() {
		assertThat(roles("Mara Quill was currently the treasurer of the Harbour Society."))
			.containsExactly("Mara Quill | the treasurer of the Harbour Society");
	}

	@Test
	void a_passive_that_confers_a_role_gives_it_with_or_without_an_article() {
		assertThat(roles("After the war, Tomas Vell was appointed governor of the northern province in 1921."))
			.containsExactly("Tomas Vell | governor of the northern province");
		assertThat(roles("Lena Ostrova was elected the first chair of the Rowing Federation."))
			.containsExactly("Lena Ostrova | the first chair of the Rowing Federation");
	}

	@Test
	void becoming_a_role_gives_it() {
		assertThat(roles("Piet Andersen became mayor of Vollen after the flood."))
			.containsExactly("Piet Andersen | mayor of Vollen");
	}

	@Test
	void a_bare_noun_conferred_says_too_little_to_ask() {
		assertThat(roles("When Ruth Calder became president in 2001, the party split.")).isEmpty();
	}

	@Test
	void what_others_call_the_subject_is_a_role_when_it_has_an_article() {
		assertThat(roles("Odile Marchetti is sometimes referred to as the founding mother of modern glaciology."))
			.containsExactly("Odile Marchetti | the founding mother of modern glaciology");
		assertThat(roles("Jon Harte was recognised as one of the best bowlers of the decade in 1931."))
			.containsExactly("Jon Harte | one of the best bowlers of the decade");
		assertThat(roles("Jon Harte is known as a fine singer.")).containsExactly("Jon Harte | a fine singer");
	}

	@Test
	void a_pronoun_subject_takes_the_role_for_the_person_it_stands_for() {
		assertThat(roles("Odile Marchetti studied ice. She is often regarded as the founder of modern glaciology."))
			.contains("Odile Marchetti | the founder of modern glaciology");
	}

	@Test
	void having_been_serving_as_a_role_gives_it() {
		assertThat(roles("Dana Whitfield has been serving as interim director since March."))
			.containsExactly("Dana Whitfield | interim director");
	}

	@Test
	void the_second_predicate_of_the_subjects_clause_gives_a_role() {
		assertThat(roles(
				"Ida Brandt had served in the Senate since 1999 and was currently the co-chair of the Budget Committee."))
			.containsExactly("Ida Brandt | the co-chair of the Budget Committee");
	}

	@Test
	void a_second_predicate_after_another_clause_has_another_subject() {
		assertThat(roles("Ida Brandt said the plan failed and was the worst in years.")).isEmpty();
		assertThat(roles("Ida Brandt thinks that the panel met and was the best in years.")).isEmpty();
	}

	@Test
	void a_role_ends_where_another_clause_begins_after_and() {
		assertThat(roles("By 1936, Carl Ennis was an established player and he topped the averages."))
			.containsExactly("Carl Ennis | an established player");
	}

	@Test
	void a_conferred_role_ends_before_the_day_it_was_conferred() {
		assertThat(roles("Piet Andersen became mayor of Vollen on Christmas Day 1901."))
			.containsExactly("Piet Andersen | mayor of Vollen");
	}

	@Test
	void the_agent_of_a_passive_that_only_a_person_does_holds_its_role() {
		assertThat(roles("During his youth, Oren was tutored by Belisandro until age 16."))
			.containsExactly("Belisandro | tutor of Oren");
		assertThat(roles("In 1904, Greta Lind was succeeded by Hanna Moor."))
			.contains("Hanna Moor | successor of Greta Lind");
	}

	@Test
	void an_organisation_that_owns_is_no_person() {
		assertThat(roles("Skyline is owned by Northern Aero Holdings.")).isEmpty();
	}

	@Test
	void a_lone_name_with_a_role_only_a_person_holds_is_a_person() {
		assertThat(roles("The army of Osric, the Duke of Wessex, marched north."))
			.containsExactly("Osric | the Duke of Wessex");
	}

	@Test
	void the_full_stop_of_a_company_suffix_stays_inside_a_role() {
		assertThat(roles("The co-founder and former chief executive of Rivertech Inc. Dana Whitfield died on Monday."))
			.containsExactly("Dana Whitfield | co-founder and former chief executive of Rivertech Inc.");
		assertThat(roles("Omar Castillo, formerly a Rivertech Inc. engineer, is stepping down."))
			.containsExactly("Omar Castillo | former Rivertech Inc. engineer");
	}

	@Test
	void a_relative_coordinated_with_an_owned_one_has_the_same_owner() {
		assertThat(roles("Anna Lind won the prize twice. Her husband Olof Berg won it too, as did her daughter"
				+ " Ida Berg and son-in-law Nils Holm."))
			.contains("Ida Berg | Anna Lind's daughter", "Nils Holm | Anna Lind's son-in-law");
	}

}
