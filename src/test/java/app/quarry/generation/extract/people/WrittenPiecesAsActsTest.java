package app.quarry.generation.extract.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "wrote" with a piece of writing as its object is an act that says who someone is, not a
 * way of reporting their words.
 */
class WrittenPiecesAsActsTest {

	@Test
	void a_relative_clause_saying_what_someone_wrote_is_who_they_are() {
		assertThat(FoundRoles.roles("Lena Brandvold, who wrote the audit, said the accounts were in order."))
			.contains("Lena Brandvold | someone who wrote the audit");
		// "report" is also a speech verb, but after an article it is the piece written
		assertThat(FoundRoles.roles("Lena Brandvold, who wrote the report, said the harbour fees would rise."))
			.contains("Lena Brandvold | someone who wrote the report");
	}

	@Test
	void a_statement_of_what_someone_wrote_is_their_act() {
		assertThat(FoundRoles.roles("Lena Brandvold wrote a history of the harbour town."))
			.contains("Lena Brandvold | someone who wrote a history of the harbour town");
	}

	@Test
	void wrote_with_the_words_written_is_no_act() {
		assertThat(FoundRoles.roles("Lena Brandvold, who wrote that the audit was late, stayed on."))
			.noneMatch(role -> role.startsWith("Lena Brandvold | someone who wrote"));
		assertThat(FoundRoles.roles("Lena Brandvold wrote in the journal that the audit was late."))
			.noneMatch(role -> role.startsWith("Lena Brandvold | someone who wrote"));
	}

	@Test
	void wrote_the_following_hands_words_over_and_is_no_act() {
		assertThat(FoundRoles.roles("Lena Brandvold, who wrote the following on her blog, stayed on."))
			.noneMatch(role -> role.contains("wrote the following"));
	}

}
