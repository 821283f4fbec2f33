package app.quarry.generation.extract.people;

import java.util.List;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sentence that opens by saying where or when ("In Lisbon,", "In March", "Similarly,")
 * before a role and a name: the opening phrase is no part of the role, and the role is
 * the name's, each in an invented sentence.
 */
class OpeningPhraseRoleShapesTest {

	private static List<String> people(String text) {
		return SeedDocuments.people(DocumentText.of(text));
	}

	@Test
	void a_rank_abbreviation_between_role_and_name_keeps_the_role_with_the_name_not_the_place() {
		assertThat(people("In Lisbon, police spokesman Capt. Jo Roe said the road was closed."))
			.contains("Jo Roe | police spokesman Capt.")
			.noneMatch(line -> line.startsWith("Lisbon |") && !line.endsWith("| null"));
	}

	@Test
	void a_month_after_the_opening_preposition_is_no_part_of_the_title() {
		assertThat(people("In March reporter Ann Lowe wrote about the dam.")).contains("Ann Lowe | reporter");
	}

	@Test
	void a_place_after_the_opening_preposition_is_no_part_of_a_lower_case_title() {
		assertThat(people("In Lisbon police spokesman Jo Roe said nothing.")).contains("Jo Roe | police spokesman");
	}

	@Test
	void a_role_set_off_after_an_opening_place_phrase_is_the_name_after_it() {
		assertThat(people("In Oslo, the Norwegian trade minister, Per Olsen, is opposing the plan."))
			.contains("Per Olsen | the Norwegian trade minister");
	}

	@Test
	void a_role_set_off_after_an_opening_adverb_is_the_name_after_it() {
		assertThat(people("Similarly, the Norwegian trade minister, Tor Lund, said the pact was good."))
			.contains("Tor Lund | the Norwegian trade minister");
	}

	@Test
	void a_role_set_off_inside_a_where_clause_is_the_name_after_it() {
		assertThat(people("In Norland, where the Norland leader, Per Olsen, is resisting the plan, officials waited."))
			.contains("Per Olsen | the Norland leader");
	}

	@Test
	void a_role_after_another_name_and_a_comma_stays_with_that_name() {
		assertThat(people("Jane Roe, the mayor, Ann Doe and others met.")).contains("Jane Roe | the mayor",
				"Ann Doe | null");
	}

}
