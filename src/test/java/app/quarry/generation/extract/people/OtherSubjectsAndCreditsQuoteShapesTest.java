package app.quarry.generation.extract.people;

import java.util.List;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Words quoted after a named person who is not the one saying them: the agent of a credit
 * set off by commas ("…, written by Doe, and praised “…”") and the subject of a clause
 * that "and" joins to another with a subject of its own ("Roe smiled and other guests
 * said …").
 */
class OtherSubjectsAndCreditsQuoteShapesTest {

	private static List<String> quotes(String text) {
		return SeedDocuments.quotes(DocumentText.of(text));
	}

	@Test
	void the_agent_of_a_credit_set_off_by_commas_never_speaks_the_later_words() {
		assertThat(quotes("Jane Roe held up the report \"Rivers of Westria\", written by John Smith, and "
				+ "recommended \"this remarkable study\" to the delegates."))
			.contains("Jane Roe :: this remarkable study")
			.noneMatch(q -> q.startsWith("John Smith :: this"));
		assertThat(quotes("Addressing the assembly, Jane Roe held up the report \"Rivers of Westria\", penned by "
				+ "John Smith, and praised \"its careful and honest pages\"."))
			.contains("Jane Roe :: its careful and honest pages");
		assertThat(quotes("At the summit Jane Roe waved a copy of \"Rivers of Westria\", a study written by "
				+ "John Smith, and called it \"the finest study of our time\"."))
			.noneMatch(q -> q.startsWith("John Smith :: the finest"));
		assertThat(quotes("The minister cited the film \"Dry Land\", directed by John Smith, and critics said "
				+ "it was \"a brave and angry piece of work\"."))
			.noneMatch(q -> q.startsWith("John Smith :: a brave"));
	}

	@Test
	void a_predicate_joined_to_several_subjects_speaks_for_none_alone() {
		assertThat(quotes("Jane Roe and Mark Stone showed the book \"Long Road\", written by John Smith, and "
				+ "recommended \"this honest and brave book\"."))
			.noneMatch(q -> q.startsWith("John Smith :: this") || q.startsWith("Jane Roe :: this")
					|| q.startsWith("Mark Stone :: this"));
	}

	@Test
	void a_clause_joined_by_and_with_its_own_subject_is_not_the_first_subjects() {
		assertThat(quotes("Jane Roe told reporters he enjoyed the opening part of the visit and other delegates "
				+ "with him said he \"never wanted to leave the hall\"."))
			.noneMatch(q -> q.startsWith("Jane Roe :: never"));
		assertThat(quotes("Mark Stone left early and several guests told reporters he had been \"rude to "
				+ "everyone at the table\"."))
			.noneMatch(q -> q.startsWith("Mark Stone :: rude"));
		assertThat(
				quotes("Mark Stone left early and the hosts said he had been \"rude to everyone at the " + "table\"."))
			.contains("the hosts :: rude to everyone at the table");
	}

	@Test
	void her_before_said_is_an_object_so_said_stays_a_verb() {
		assertThat(quotes("Jane Roe told reporters she enjoyed the opening part of the visit and other delegates "
				+ "with her said she \"never wanted to leave the hall\"."))
			.noneMatch(q -> q.startsWith("Jane Roe :: never"));
		assertThat(
				quotes("Jane Roe met the crowd and her aides said she was \"proud of every single " + "volunteer\"."))
			.noneMatch(q -> q.startsWith("Jane Roe :: proud"));
	}

	@Test
	void the_first_subject_keeps_words_of_its_own_clause() {
		assertThat(quotes(
				"Jane Roe visited the town and she told the crowd it was \"a place she would never " + "forget\"."))
			.contains("Jane Roe :: a place she would never forget");
		assertThat(quotes("Jane Roe showed the novel \"Long Road\", published by Acme, and urged everyone to "
				+ "read \"this honest and brave book\"."))
			.contains("Jane Roe :: this honest and brave book");
	}

}
