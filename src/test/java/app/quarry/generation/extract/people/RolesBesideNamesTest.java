package app.quarry.generation.extract.people;

import org.junit.jupiter.api.Test;

import static app.quarry.generation.extract.people.FoundRoles.roles;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A role written right beside a name, before or after it, is the name's role, whatever
 * the words of the role happen to be. In sentences written for the test.
 */
class RolesBesideNamesTest {

	@Test
	void a_capitalised_body_in_a_title_set_off_after_a_name_is_no_verb() {
		// "State" is a speech verb in lower case, but inside a body's name it is none
		assertThat(roles("Jane Roe, the State Department Spokesperson, said the talks would resume."))
			.contains("Jane Roe | the State Department Spokesperson");
		assertThat(roles("Tom Doe, the State Railways spokesman, said the line was closed."))
			.contains("Tom Doe | the State Railways spokesman");
	}

	@Test
	void a_practitioner_named_by_the_art_is_a_description() {
		assertThat(roles("Peter Hale, a practising homeopath, decided to treat his son himself."))
			.contains("Peter Hale | a practising homeopath");
		assertThat(roles("Anna Brill, a local electrician, found the fault."))
			.contains("Anna Brill | a local electrician");
	}

	@Test
	void an_owned_role_set_off_before_a_speaking_name_needs_no_closing_comma() {
		assertThat(roles("Speaking on radio, Norland's Prime Minister, Carl Voss said the country was ready."))
			.contains("Carl Voss | Norland's Prime Minister");
		assertThat(roles("Acme's chairman, Jill Moe said, \"We will not sell.\""))
			.contains("Jill Moe | Acme's chairman");
	}

	@Test
	void a_speech_tag_thrown_into_the_sentence_gives_the_role_to_no_one_named() {
		assertThat(roles("Acme's chairman, Jill Moe said, would resign within a month."))
			.noneMatch(role -> role.startsWith("Jill Moe"));
	}

	@Test
	void a_body_initials_in_brackets_stay_inside_a_role_set_off_before_a_name() {
		assertThat(roles("The secretary general of the Foo Council (FC), Anna Brill, has called the ruling unfair."))
			.contains("Anna Brill | the secretary general of the Foo Council (FC)");
	}

	@Test
	void a_subject_from_a_newspaper_or_speaking_for_a_body_is_someone_from_it() {
		assertThat(roles("Mark Pune of The Daily Herald dubbed the ruling strange."))
			.contains("Mark Pune | someone from The Daily Herald");
		assertThat(roles("Writing in a column, Mark Dune of The Daily Courier dubbed the ruling unusual."))
			.contains("Mark Dune | someone from The Daily Courier");
		assertThat(roles("Lisa Munn for the Norland Food Agency, says they are looking at new rules."))
			.contains("Lisa Munn | someone from the Norland Food Agency");
	}

	@Test
	void a_name_inside_a_clause_before_a_body_takes_no_affiliation_from_a_verb_after_it() {
		// the subject of the sentence is someone else: "of Acme" may be what she praised
		assertThat(roles("The board praised the work of Jane Roe of Acme Steel and hired her."))
			.noneMatch(role -> role.startsWith("Jane Roe | someone from"));
		assertThat(roles("Voters backed Jane Roe for Norland Council in the poll."))
			.noneMatch(role -> role.startsWith("Jane Roe | someone from"));
	}

	@Test
	void a_subject_forced_to_leave_a_post_held_it_before() {
		assertThat(roles("In April, Tom Wald was forced to resign as finance minister after the leak."))
			.contains("Tom Wald | former finance minister");
		assertThat(roles("On Monday, Rita Hale was asked to step down as chairman of Acme."))
			.contains("Rita Hale | former chairman of Acme");
	}

	@Test
	void a_subject_who_only_offered_to_leave_keeps_no_former_post() {
		assertThat(roles("Tom Wald offered to resign as finance minister after the leak."))
			.noneMatch(role -> role.contains("former"));
	}

	@Test
	void a_role_shared_with_others_and_written_as_one_word_is_a_title() {
		assertThat(roles("As coauthor Lena Frost told reporters, the projections are consistent."))
			.contains("Lena Frost | coauthor");
	}

	@Test
	void names_a_plural_object_of_doers_includes_are_each_one_of_them() {
		assertThat(roles("The magazine attacked senior defectors from the party including Jane Roe and Tom Doe."))
			.contains("Jane Roe | a senior defector from the party", "Tom Doe | a senior defector from the party");
	}

	@Test
	void names_included_in_a_plural_of_things_get_no_role() {
		assertThat(roles("The fire destroyed several containers including Jane Roe's van."))
			.noneMatch(role -> role.startsWith("Jane Roe"));
	}

}
