package app.quarry.generation.extract.people;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quotations whose speaker is a country, a government or someone other than the person
 * who closes the sentence with "said", each in a sentence written for the test.
 */
class BodyAndRelayedQuoteShapesTest {

	private static java.util.List<String> quotes(String text) {
		return SeedDocuments.quotes(DocumentText.of(text));
	}

	@Test
	void words_given_as_someone_elses_reply_are_that_persons_not_the_reporters() {
		assertThat(quotes("Tom Hale sailed at dawn. Hale's answer when asked about the storm was \"we wait for no "
				+ "weather, we sail when the fish run,\" Rosa Lind said."))
			.containsExactly("Tom Hale :: we wait for no weather, we sail when the fish run");
	}

	@Test
	void a_reply_of_someone_only_described_goes_to_that_description_never_to_the_reporter() {
		assertThat(quotes("The captain's response on hearing that his boat was safe was \"keep her in the harbour "
				+ "until I come,\" Lind said."))
			.containsExactly("the captain :: keep her in the harbour until I come");
	}

	@Test
	void a_country_closing_the_sentence_with_a_speech_verb_and_a_day_is_the_speaker() {
		assertThat(quotes("Fishermen in the north will now \"use every boat they have to block\" the ban, Norland "
				+ "predicted Wednesday."))
			.containsExactly("Norland :: use every boat they have to block");
	}

	@Test
	void a_body_that_speaks_in_the_next_sentence_is_not_the_speaker_of_a_quote_that_closed_its_own() {
		assertThat(quotes("Tom Hale said the fleet would stay. \"We do not need the money.\" The ferry line is not "
				+ "for sale, the company said."))
			.doesNotContain("the company :: We do not need the money.");
	}

	@Test
	void a_person_closing_the_sentence_with_said_and_a_day_is_the_speaker() {
		assertThat(quotes(
				"The port will \"stay shut for as long as the storm lasts\" and longer, Hartig said " + "on Tuesday."))
			.containsExactly("Hartig :: stay shut for as long as the storm lasts");
	}

	@Test
	void a_government_whose_clause_a_speech_participle_follows_is_the_speaker() {
		assertThat(quotes("In Norby, the government gave a cautious first answer, predicting \"the fishing lobby "
				+ "and its friends in parliament\" would fight on."))
			.containsExactly("the government :: the fishing lobby and its friends in parliament");
	}

	@Test
	void a_government_with_two_speech_participles_joined_by_and_speaks_through_both() {
		assertThat(quotes("In Norby, the government gave a cautious first answer, warning against too much hope "
				+ "and predicting \"the fishing lobby and its friends in parliament\" would fight on."))
			.containsExactly("the government :: the fishing lobby and its friends in parliament");
	}

	@Test
	void a_government_after_an_opening_speech_participle_is_the_speaker() {
		assertThat(quotes("Saying \"nothing is settled yet\" about the talks, Norland's government urged "
				+ "fishermen to stay calm."))
			.containsExactly("Norland's government :: nothing is settled yet");
	}

	@Test
	void a_person_after_an_opening_speech_participle_is_the_speaker() {
		assertThat(quotes("Saying \"nothing is settled yet\" about the talks, Mayor Rosa Lind urged fishermen to "
				+ "stay calm."))
			.containsExactly("Rosa Lind :: nothing is settled yet");
	}

	@Test
	void two_words_inside_a_clause_the_closing_attribution_reports_are_the_speakers() {
		assertThat(quotes("There is \"no evidence\" that the ferry was overloaded on the night it sank, Hartig said."))
			.containsExactly("Hartig :: no evidence");
	}

	@Test
	void two_words_far_into_the_clause_of_said_after_the_name_opening_the_sentence_are_the_speakers() {
		assertThat(quotes("Hartig said other evidence the police might show includes a rope found on the pier that "
				+ "has a \"strong chance\" of matching the boat's own."))
			.containsExactly("Hartig :: strong chance");
	}

	@Test
	void a_capitalised_label_inside_a_clause_the_closing_attribution_reports_stays_a_phrase() {
		assertThat(quotes("The \"Blue Line\" ferries will stop on Monday, Hartig said.")).isEmpty();
	}

}
