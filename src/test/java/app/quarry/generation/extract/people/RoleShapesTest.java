package app.quarry.generation.extract.people;

import static app.quarry.generation.extract.people.FoundRoles.roles;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The shapes in which news text gives a person a role, each in an invented sentence. */
class RoleShapesTest {

	@Test
	void a_company_and_an_acronym_title_before_the_name() {
		assertThat(roles("Rivertech CEO Dana Whitfield said the plant would open in May."))
			.containsExactly("Dana Whitfield | Rivertech CEO");
	}

	@Test
	void a_capitalized_title_of_several_words_ends_where_the_name_begins() {
		assertThat(roles("Harbor Lines Chief Executive Omar Castillo resigned on Friday."))
			.containsExactly("Omar Castillo | Harbor Lines Chief Executive");
	}

	@Test
	void a_title_with_of_the_and_a_portfolio_keeps_the_name_apart() {
		assertThat(roles("Secretary of the Navy Helen Brandt visited the yard."))
			.containsExactly("Helen Brandt | Secretary of the Navy");
		assertThat(roles("Minister of Finance Pedro Alvarez presented the budget."))
			.containsExactly("Pedro Alvarez | Minister of Finance");
	}

	@Test
	void lower_case_words_that_qualify_the_role_belong_to_it() {
		assertThat(roles("Shares fell after Canadian bank chief Laura Pike spoke."))
			.containsExactly("Laura Pike | Canadian bank chief");
		assertThat(roles("The plan was criticised by veteran aviation analyst Tom Greer."))
			.containsExactly("Tom Greer | veteran aviation analyst");
	}

	@Test
	void a_verb_before_the_title_is_not_part_of_it() {
		assertThat(roles("The board met finance chief Ruth Okafor on Monday."))
			.containsExactly("Ruth Okafor | finance chief");
	}

	@Test
	void a_possessive_apposition_gives_the_role() {
		assertThat(roles("Dana Whitfield, Rivertech's CEO, said the plant would open."))
			.containsExactly("Dana Whitfield | Rivertech's CEO");
	}

	@Test
	void a_role_set_off_before_the_name_is_the_role() {
		assertThat(roles("A shipping analyst, Carl Jansen, said rates would rise."))
			.containsExactly("Carl Jansen | a shipping analyst");
		assertThat(roles("\"We are ready,\" said the chief engineer of the project, Mia Torres."))
			.containsExactly("Mia Torres | the chief engineer of the project");
	}

	@Test
	void a_relative_clause_that_says_what_someone_heads_gives_the_role() {
		assertThat(roles("Jane Holloway, who heads the Riverside Trust, said the park would stay open."))
			.containsExactly("Jane Holloway | head of the Riverside Trust");
	}

	@Test
	void a_title_and_an_apposition_are_two_roles() {
		assertThat(roles("General Paula Reyes, head of the Northern Command, said the drill went well."))
			.containsExactly("Paula Reyes | General", "Paula Reyes | head of the Northern Command");
	}

	@Test
	void abbreviated_and_compound_titles_before_the_name() {
		assertThat(roles("Gov. Alan Price signed the bill.")).containsExactly("Alan Price | Gov.");
		assertThat(roles("Chief Justice Mary Ellison wrote the opinion."))
			.containsExactly("Mary Ellison | Chief Justice");
	}

	@Test
	void someone_named_alongside_is_no_apposition() {
		assertThat(roles("Tom Greer, along with senator Ann Cole of Ohio, asked for an inquiry."))
			.doesNotContain("Tom Greer | along with senator Ann Cole of Ohio");
	}

	@Test
	void a_name_with_an_apostrophe_after_its_first_letter_is_a_name() {
		assertThat(roles("A different view came from Liam O'Hara, a housing expert at Dublin University, who spoke."))
			.containsExactly("Liam O'Hara | a housing expert at Dublin University");
	}

	@Test
	void two_roles_joined_by_and_before_the_name() {
		assertThat(roles("Rivertech CEO and co-founder Dana Whitfield opened the show."))
			.containsExactly("Dana Whitfield | Rivertech CEO and co-founder");
	}

	@Test
	void a_lower_case_title_at_an_organisation_before_the_name() {
		assertThat(roles("Chief investment officer at Greyhill Capital Group Omar Reyes said prices would fall."))
			.containsExactly("Omar Reyes | Chief investment officer at Greyhill Capital Group");
	}

	@Test
	void an_organisation_after_a_lower_case_title_is_not_a_person() {
		assertThat(roles("Sam Ortiz, chief economist at Harbor Partners, said so."))
			.containsExactly("Sam Ortiz | chief economist at Harbor Partners");
	}

	@Test
	void an_organisations_possessive_and_lower_case_title_after_the_name() {
		assertThat(roles("The post goes to Ana Ruiz, Rivertech's senior vice president for design."))
			.containsExactly("Ana Ruiz | Rivertech's senior vice president for design");
	}

	@Test
	void an_apposition_ends_where_the_verb_of_its_clause_begins() {
		assertThat(roles("Dana Whitfield, Rivertech's North America CEO commented that sales rose."))
			.containsExactly("Dana Whitfield | Rivertech's North America CEO");
	}

	@Test
	void occupations_beyond_public_office_are_roles() {
		assertThat(roles("The sale was run by Paul Greer, a former investment banker, and a task force."))
			.containsExactly("Paul Greer | a former investment banker");
	}

	@Test
	void a_title_cut_off_by_an_abbreviation_is_not_given_as_a_shorter_title() {
		assertThat(roles("Special Asst. to the Secretary and Director of Port Communications Eva Lund wrote it."))
			.doesNotContain("Eva Lund | the Secretary and Director of Port Communications");
	}

	@Test
	void a_biography_opens_with_the_role_its_copula_gives() {
		assertThat(roles("Elena Marsh (1802–1871) was a Scottish botanist who collected ferns."))
			.containsExactly("Elena Marsh | a Scottish botanist");
		assertThat(roles("Victor Lund was an English cricketer, known for his bowling."))
			.containsExactly("Victor Lund | an English cricketer");
		assertThat(roles("Hugo Brandt is the chair of the Riverside Trust."))
			.containsExactly("Hugo Brandt | the chair of the Riverside Trust");
	}

	@Test
	void a_copula_after_a_name_that_does_not_open_the_sentence_describes_someone_else() {
		assertThat(roles("The prize went to Elena Marsh was a surprise to the jury.")).isEmpty();
		assertThat(roles("Elena Marsh was a surprise winner.")).isEmpty();
	}

	@Test
	void a_biography_goes_on_about_its_subject_with_a_pronoun() {
		assertThat(roles("Nadia Ferro grew up in Turin. From 1990 to 1998, she was the prosecutor in Alder County."))
			.contains("Nadia Ferro | the prosecutor in Alder County");
		assertThat(roles("Tom Acre played for Kent. After his retirement, he became a cricket writer and broadcaster."))
			.contains("Tom Acre | a cricket writer and broadcaster");
	}

	@Test
	void dates_and_a_year_parenthesis_between_the_name_and_the_copula_are_passed_over() {
		assertThat(roles("Marcus Varo (c. 210 – 262) was the founder king (rex) of the Varan Kingdom who ruled long."))
			.containsExactly("Marcus Varo | the founder king (rex) of the Varan Kingdom");
	}

	@Test
	void served_as_gives_a_role_without_an_article() {
		assertThat(roles("Ruth Amble served as mayor of Fenwick from 1990 to 1994."))
			.containsExactly("Ruth Amble | mayor of Fenwick");
		assertThat(roles("Ruth Amble has served as a trustee of the museum."))
			.containsExactly("Ruth Amble | a trustee of the museum");
	}

	@Test
	void a_relative_named_after_his_or_her_is_the_relative_of_the_person_in_focus() {
		assertThat(roles(
				"Queen Matilda Ferrand ruled for ten years. She later sent her elder sister Odile Ferrand to Rome."))
			.contains("Odile Ferrand | Matilda Ferrand's elder sister");
	}

	@Test
	void a_possessive_that_cannot_be_told_to_stand_for_a_person_owns_nothing() {
		assertThat(roles("The Vistula Region lay east. In May she met her cousin Odile Ferrand in Rome."))
			.contains("Odile Ferrand | cousin");
	}

	@Test
	void an_apposition_naming_one_of_many_in_the_plural_is_a_role() {
		assertThat(roles("The club approached Oskar Lindqvist, one of the team's most senior players, in June."))
			.containsExactly("Oskar Lindqvist | one of the team's most senior players");
	}

	@Test
	void an_apposition_with_a_refugee_or_an_amateur_is_a_role() {
		assertThat(roles("The island was described by Paul Mercier, a Breton refugee stranded there in 1702."))
			.containsExactly("Paul Mercier | a Breton refugee stranded there in 1702");
	}

	@Test
	void an_apposition_that_lost_its_opening_comma_is_a_role_of_the_sentences_subject() {
		assertThat(roles("Lena Hart an equity strategist at Brook Capital, said the fall was overdone."))
			.containsExactly("Lena Hart | an equity strategist at Brook Capital");
		assertThat(roles("The board gave Lena Hart an award for her work.")).isEmpty();
	}

	@Test
	void formerly_before_an_apposition_makes_the_role_a_former_one() {
		assertThat(roles("Omar Reyes, formerly a Rivertech executive in charge of design, is leaving."))
			.containsExactly("Omar Reyes | former Rivertech executive in charge of design");
	}

	@Test
	void a_surname_particle_keeps_an_unknown_first_given_name_in_the_name() {
		assertThat(roles("Veteran diplomat Casimir Anton von Reuss arrived."))
			.containsExactly("Casimir Anton von Reuss | Veteran diplomat");
	}

	@Test
	void an_honorific_written_in_capitals_is_no_title() {
		assertThat(roles("They travelled from Uganda to the DR Congo on motorcycles.")).isEmpty();
	}

	@Test
	void a_role_after_a_preposition_with_the_name_set_off_by_commas_is_the_names() {
		assertThat(roles("The board, prompted by the influential club president, Ada Quill, met again."))
			.containsExactly("Ada Quill | the influential club president");
		assertThat(roles("The post went to the county's senior professional, Wilfred Stone, who had waited."))
			.containsExactly("Wilfred Stone | the county's senior professional");
	}

	@Test
	void a_military_rank_before_a_name_is_a_title() {
		assertThat(roles("The club needed a successor to Major Alan Pike.")).containsExactly("Alan Pike | Major");
	}

	@Test
	void a_role_a_possessive_owns_before_the_name_belongs_to_the_possessives_person() {
		assertThat(roles("Mayor Tom Reyes said he would replace his deputy, Carla Ruiz, in May."))
			.contains("Carla Ruiz | Tom Reyes' deputy");
		assertThat(roles("Jane Doe was survived by her husband, Paul Doe."))
			.containsExactly("Paul Doe | Jane Doe's husband");
	}

	@Test
	void a_possessive_role_of_no_named_person_is_no_role() {
		assertThat(roles("The council said it would replace its deputy, Carla Ruiz.")).isEmpty();
	}

	@Test
	void a_paragraph_goes_on_about_its_subject_past_a_relative_named_beside_her() {
		assertThat(roles("Anna Lind (1850–1920) was a Swedish chemist. In 1871 she followed her elder sister Greta to"
				+ " Uppsala, where she studied. She founded a laboratory. Her husband Olof Berg was a painter."))
			.contains("Olof Berg | Anna Lind's husband");
	}

	@Test
	void she_after_an_unnamed_speakers_statement_is_the_woman_the_text_is_about() {
		assertThat(
				roles("Margaret Hale died on Monday. She was 70.\nThe mayor of Leeds released the following statement:"
						+ " \"We will miss her. She was a friend. She served us well for years. I ask everyone to pray for her"
						+ " family.\"\nFrom 1990 to 1998, she was the prosecutor in Kent County."))
			.containsExactly("Margaret Hale | the prosecutor in Kent County");
	}

	@Test
	void a_surname_that_is_also_a_title_names_the_person_who_bears_it() {
		assertThat(roles("Walter \"Wally\" King (1880–1950) was a cricketer. King, an amateur from a farming family,"
				+ " played for Leeds. The King visited Leeds."))
			.containsExactly("Walter King | a cricketer", "Walter King | an amateur from a farming family");
	}

	@Test
	void a_lone_title_of_no_person_in_the_text_is_no_name() {
		assertThat(roles("Bishop, a retired teacher from Leeds, said the school would close.")).isEmpty();
	}

	@Test
	void a_relative_after_the_subjects_verb_is_the_subjects_relative() {
		assertThat(roles("Margaret Hale leaves behind a son, Peter Hale."))
			.contains("Peter Hale | Margaret Hale's son");
	}

	@Test
	void a_relative_of_no_named_subject_is_no_role() {
		assertThat(roles("The police found a son, Peter Hale, at the house.")).isEmpty();
	}

	@Test
	void a_relatives_title_after_the_kin_word_is_the_title_and_a_named_owner_makes_the_kin_a_relation() {
		assertThat(roles("Ines Valo opened the fair while her brother Prince Olav watched.")).contains("Olav | Prince")
			.noneMatch(line -> line.contains("brother Prince"));
		assertThat(roles("Tomas Berg's daughter Princess Ines left the palace."))
			.contains("Ines | Princess", "Ines | Tomas Berg's daughter")
			.noneMatch(line -> line.contains("daughter Princess"));
	}

}
