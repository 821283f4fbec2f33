package app.quarry.generation.extract.people;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

/** Short news paragraphs written for these tests, unlike the seed documents in style. */
class UnseenNewsTest {

	@Test
	void a_speaker_named_after_the_quote_keeps_later_quotes_she_added() {
		DocumentText text = DocumentText.of("""
				Talks in Brussels stalled again on Thursday. "We are not going to accept this deal," said Maria Lopez, \
				the chief negotiator for the trade bloc. Lopez told reporters that talks would continue next week.
				"There is still time to find a compromise," she added.
				""");
		assertThat(SeedDocuments.quotes(text)).containsExactly("Maria Lopez :: We are not going to accept this deal",
				"Maria Lopez :: There is still time to find a compromise");
		assertThat(SeedDocuments.people(text)).containsExactly("Maria Lopez | the chief negotiator for the trade bloc");
	}

	@Test
	void according_to_and_a_speech_verb_before_a_partial_quote_attribute_to_the_minister() {
		DocumentText text = DocumentText.of("""
				Finance Minister Hans Weber said the budget was "a responsible plan for the next decade." \
				According to Weber, "nobody will pay more taxes next year."
				""");
		assertThat(SeedDocuments.quotes(text)).containsExactly("Hans Weber :: a responsible plan for the next decade.",
				"Hans Weber :: nobody will pay more taxes next year.");
	}

	@Test
	void a_description_with_a_nested_title_resolves_to_the_person_with_that_role() {
		DocumentText text = DocumentText.of("""
				Former Secretary of State Condoleezza Rice met Prime Minister Jacinda Ardern in Wellington on Monday. \
				"It was a productive meeting," the former secretary told reporters.
				""");
		assertThat(SeedDocuments.quotes(text)).containsExactly("Condoleezza Rice :: It was a productive meeting");
		assertThat(SeedDocuments.people(text)).containsExactly("Condoleezza Rice | Former Secretary of State",
				"Jacinda Ardern | Prime Minister");
	}

	@Test
	void a_quote_left_open_at_a_paragraph_end_continues_and_he_continued_finds_the_mayor() {
		DocumentText text = DocumentText.of("""
				"We will rebuild the bridge before winter," Mayor Tom Becker said at the council meeting. "The money \
				is already there.

				"Construction starts in May," he continued. Critics called the plan "rushed."
				""");
		assertThat(SeedDocuments.quotes(text)).containsExactly("Tom Becker :: We will rebuild the bridge before winter",
				"Tom Becker :: The money is already there.", "Tom Becker :: Construction starts in May");
	}

	@Test
	void an_apposition_with_an_occupation_gives_the_role_and_she_wrote_goes_to_her() {
		DocumentText text = DocumentText.of("""
				Dr. Amara Okafor, a virologist at the University of Lagos, has studied the outbreak for years. \
				"The virus is spreading faster than we expected," she wrote in a report published Tuesday. Critics \
				dismissed the warning as "alarmism."
				""");
		assertThat(SeedDocuments.quotes(text))
			.containsExactly("Amara Okafor :: The virus is spreading faster than we expected");
		assertThat(SeedDocuments.people(text))
			.containsExactly("Amara Okafor | a virologist at the University of Lagos");
	}

	@Test
	void a_lone_surname_before_a_speech_verb_is_a_speaker() {
		assertThat(SeedDocuments.quotes(DocumentText.of("Smith told reporters: \"We will win this race.\"")))
			.containsExactly("Smith :: We will win this race.");
		assertThat(SeedDocuments.quotes(DocumentText
			.of("Biden said the talks were \"candid and constructive.\" Xi Jinping said nothing about the meeting.")))
			.containsExactly("Biden :: candid and constructive.");
	}

	@Test
	void a_possessive_before_a_titled_name_does_not_steal_the_quote() {
		DocumentText text = DocumentText.of("Kim Yo-jong issued a statement. \"We will never negotiate with Seoul,\" "
				+ "Kim said. Her brother Kim Jong-un later said \"the door is open.\"");
		assertThat(SeedDocuments.quotes(text)).containsExactly("Kim Yo-jong :: We will never negotiate with Seoul",
				"Kim Jong-un :: the door is open.");
	}

	@Test
	void an_attributed_quote_whose_speaker_is_never_named_goes_to_the_description() {
		assertThat(SeedDocuments.quotes(DocumentText.of("\"This is unacceptable to us,\" the spokesman said.")))
			.containsExactly("the spokesman :: This is unacceptable to us");
	}

	@Test
	void a_name_with_a_particle_is_one_person_and_a_museum_that_said_something_is_none() {
		DocumentText text = DocumentText.of("""
				The Rijksmuseum said yesterday that it had returned a painting. The first was handed over in a \
				ceremony by curator Jan de Vries.
				""");
		assertThat(SeedDocuments.people(text)).containsExactly("Jan de Vries | curator");
	}

}
