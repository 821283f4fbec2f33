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
		assertThat(quotes("The Lakeside Rovers beat the Harbour Gulls 2-0 on Saturday. Brandt was proud of his "
				+ "players after the hard-won result in Harbour. \"We played really well today,\" he said."))
			.containsExactly("null :: We played really well today");
	}

	@Test
	void she_after_a_surname_the_reader_knows_is_still_that_person() {
		assertThat(quotes("Coach Jane Roe took charge in May. Roe was proud of her players "
				+ "after the result in Harbour. \"We played really well there,\" she said."))
			.containsExactly("Jane Roe :: We played really well there");
	}

	@Test
	void a_sentence_opened_by_a_name_the_reader_knows_keeps_the_pronoun_clear() {
		assertThat(quotes("Mayor Tom Kerr opened the bridge on Monday. Kerr said the work had taken two years. "
				+ "\"It was worth every single penny,\" he said."))
			.containsExactly("Tom Kerr :: It was worth every single penny");
	}

	@Test
	void one_person_an_absolute_phrase_describes_is_the_speaker_not_the_main_subject() {
		assertThat(quotes("Residents left the valley, with an engineer from the dam company warning that \"the wall "
				+ "could fail tonight\"."))
			.containsExactly("an engineer from the dam company :: the wall could fail tonight");
		assertThat(quotes("Acme closed its clinic in Dunmore on Friday, with a nurse at the old clinic saying that "
				+ "\"we had no warning at all about it\"."))
			.containsExactly("a nurse at the old clinic :: we had no warning at all about it");
		assertThat(quotes("Acme Corp shut the Dunmore plant on Friday, with a scientist at the state water board "
				+ "noting that \"the river is finally safe again\"."))
			.containsExactly("a scientist at the state water board :: the river is finally safe again");
	}

	@Test
	void people_an_absolute_phrase_only_sorts_are_nobody_the_reader_can_name() {
		assertThat(quotes("The port of Dunmore reopened on Monday, with local fishermen noting that \"the boats can "
				+ "finally go out again\"."))
			.containsExactly("null :: the boats can finally go out again");
		assertThat(quotes("Acme reopened the Dunmore mill, with the union warning that \"the jobs are still not "
				+ "safe at all\"."))
			.doesNotContain("Acme :: the jobs are still not safe at all");
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
	void they_who_tell_the_named_person_something_are_not_that_person() {
		assertThat(quotes("Senator Ann Vale met the farmers on Monday, and they told her \"we cannot pay the new "
				+ "tax at all\"."))
			.containsExactly("null :: we cannot pay the new tax at all");
	}

	@Test
	void it_for_the_company_before_still_speaks_for_it() {
		assertThat(quotes("Acme Holdings posted a loss. It said \"the coming year will be much harder for us\"."))
			.containsExactly("Acme Holdings :: the coming year will be much harder for us");
	}

	@Test
	void a_common_noun_opening_the_sentence_before_leaves_the_pronoun_clear() {
		assertThat(quotes("Mayor Jane Roe was cheered in Dunmore. Residents lined the streets. \"What a wonderful "
				+ "morning for the whole town,\" she said."))
			.containsExactly("Jane Roe :: What a wonderful morning for the whole town");
	}

	@Test
	void examples_of_what_a_relative_clause_says_someone_said_are_not_theirs() {
		assertThat(quotes(
				"Crowds sang songs that Bob Hale had written, such as \"Harbour Lights are calling me " + "home\"."))
			.doesNotContain("Bob Hale :: Harbour Lights are calling me home");
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
