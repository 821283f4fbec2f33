package app.quarry.generation.extract.people;

import java.util.List;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quotes whose speaker the reader cannot tell, and which are left without one rather than
 * given to someone named nearby: a pronoun after a subject the reader could not read as a
 * name, an absolute phrase with its own subject ("with a nurse saying"), a pronoun
 * subject the reader does not follow ("they said"), and examples given of what a relative
 * clause says someone said ("things that Roe had said, as in …").
 */
class UnreadSubjectsAndExamplesQuoteShapesTest {

	private static List<String> quotes(String text) {
		return SeedDocuments.quotes(DocumentText.of(text));
	}

	@Test
	void he_after_a_sentence_opened_by_an_unread_surname_is_no_one_named_before() {
		assertThat(quotes("The Lakeside Rovers beat the Harbour Gulls 2-0 on Saturday. Brandt was delighted with "
				+ "the way his side won in Harbour. \"We played really well today,\" he said."))
			.containsExactly("null :: We played really well today");
	}

	@Test
	void she_after_a_surname_the_reader_knows_is_still_that_person() {
		assertThat(quotes("Coach Jane Roe took charge in May. Roe was delighted with the way her side won in "
				+ "Harbour. \"We played really well there,\" she said."))
			.containsExactly("Jane Roe :: We played really well there");
	}

	@Test
	void a_sentence_opened_by_a_name_the_reader_knows_keeps_the_pronoun_clear() {
		assertThat(quotes("Mayor Tom Kerr opened the bridge on Monday. Kerr said the work had taken two years. "
				+ "\"It was worth every single penny,\" he said."))
			.containsExactly("Tom Kerr :: It was worth every single penny");
	}

	@Test
	void a_nurse_in_an_absolute_phrase_is_the_speaker_not_the_main_subject() {
		assertThat(quotes("Acme closed its clinic in Dunmore on Friday, with a nurse at the old clinic saying that "
				+ "\"we had no warning at all about it\"."))
			.containsExactly("null :: we had no warning at all about it");
		assertThat(quotes("Acme Corp shut the Dunmore plant on Friday, with a scientist at the state water board "
				+ "noting that \"the river is finally safe again\"."))
			.containsExactly("null :: the river is finally safe again");
		assertThat(quotes("The port of Dunmore reopened on Monday, with local fishermen noting that \"the boats can "
				+ "finally go out again\"."))
			.containsExactly("null :: the boats can finally go out again");
	}

	@Test
	void a_name_heading_an_absolute_phrase_is_its_speaker() {
		assertThat(quotes("The council lifted the ban on Friday, with Mayor Jane Roe saying \"the danger is over "
				+ "for the town now\"."))
			.containsExactly("Jane Roe :: the danger is over for the town now");
	}

	@Test
	void a_statement_after_with_is_still_its_issuers_voice() {
		assertThat(quotes("Mayor Jane Roe closed the market on Friday and answered her critics with a short letter "
				+ "saying \"the stalls will open again in the spring\"."))
			.containsExactly("Jane Roe :: the stalls will open again in the spring");
	}

	@Test
	void they_as_the_subject_of_the_speech_verb_is_not_the_man_named_before() {
		assertThat(quotes("Judge Tom Kerr said he was sure. A council spokesman - the body in charge of the roads - "
				+ "said that the works would be \"very costly,\" but, they said, \"we must go ahead with the plans "
				+ "for the town.\""))
			.doesNotContain("Tom Kerr :: we must go ahead with the plans for the town.");
		assertThat(quotes("Tom Kerr spoke first, and then we said \"this is not the right plan for the harbour\"."))
			.containsExactly("null :: this is not the right plan for the harbour");
		assertThat(quotes(
				"Tom Kerr left the room, and later it said \"the company will not sell the harbour " + "land\"."))
			.containsExactly("null :: the company will not sell the harbour land");
	}

	@Test
	void examples_of_what_a_relative_clause_says_someone_said_are_not_theirs() {
		assertThat(quotes("Marchers carried placards that mocked things that Mayor Bob Hale had said, as in \"Taxes "
				+ "are only for the little people\"."))
			.containsExactly("null :: Taxes are only for the little people");
		assertThat(quotes(
				"Placards echoed lines that Bob Hale had said, like \"Roads will always pay for " + "themselves\"."))
			.containsExactly("null :: Roads will always pay for themselves");
	}

	@Test
	void examples_of_what_the_subject_said_are_still_the_subjects() {
		assertThat(quotes("Senator Ann Vale said many things, such as \"we will cut every tax in the state\"."))
			.containsExactly("Ann Vale :: we will cut every tax in the state");
		assertThat(quotes(
				"Senator Ann Vale repeated what she had said before: \"we will cut every single tax this " + "year\"."))
			.containsExactly("Ann Vale :: we will cut every single tax this year");
	}

}
