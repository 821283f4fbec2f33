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
	void a_relative_of_a_named_person_who_speaks_is_the_speaker_not_the_person_named() {
		assertThat(quotes("Tom Hale has not been seen since May. Hale's stepmother, who raised Hale after his mother "
				+ "died, said Thursday from her home in Leeds: \"I would like him to come home and tell us he is "
				+ "safe.\""))
			.containsExactly("Hale's stepmother :: I would like him to come home and tell us he is safe.");
	}

	@Test
	void words_read_from_a_letter_are_its_signers_and_so_are_those_the_letter_goes_on_with() {
		assertThat(quotes("\"I will sail home alone if I must,\" Rosa Lind read from a letter signed by Tom Hale. "
				+ "\"Only the harbour board can decide if it wants this,\" continued the letter, which Lind read on "
				+ "the radio."))
			.containsExactly("Tom Hale :: I will sail home alone if I must",
					"Tom Hale :: Only the harbour board can decide if it wants this");
	}

	@Test
	void words_a_copy_of_a_letter_says_are_those_of_who_the_letter_came_from() {
		assertThat(quotes("The town paper printed a letter Thursday from Hale's grandmothers to the mayor. \"Nothing "
				+ "can replace a family, and it hurts us that people doubt our love,\" said a copy of the letter."))
			.containsExactly("Hale's grandmothers :: Nothing can replace a family, and it hurts us that people doubt "
					+ "our love");
	}

	@Test
	void a_relative_of_a_named_person_after_the_quote_is_the_speaker_not_the_person_named() {
		assertThat(quotes("Tom Hale was lost at sea in May. \"We want him home before winter,\" said Hale's mother, "
				+ "who lives in Leeds."))
			.containsExactly("Hale's mother :: We want him home before winter");
		assertThat(quotes("Tom Hale was lost at sea in May. \"We want him home before winter,\" Hale's lawyer told "
				+ "reporters on Monday."))
			.containsExactly("Hale's lawyer :: We want him home before winter");
	}

	@Test
	void a_person_named_after_an_organisations_possessive_is_the_speaker() {
		assertThat(quotes("Harlow-Price Co. makes boats. \"The storm cost us the whole summer,\" said Harlow-Price's "
				+ "Mr. Roe."))
			.containsExactly("Roe :: The storm cost us the whole summer");
		assertThat(quotes("Sales fell at Harbor Lines. \"The storm cost us the whole summer,\" said Acme's "
				+ "spokesman Tom Hale."))
			.containsExactly("Tom Hale :: The storm cost us the whole summer");
	}

	@Test
	void a_person_named_after_a_plural_possessive_and_a_role_is_the_speaker() {
		assertThat(quotes("Sales fell at Harbor Lines. \"The storm cost us the whole summer,\" said Harbor Lines' "
				+ "spokesman Tom Hale."))
			.containsExactly("Tom Hale :: The storm cost us the whole summer");
	}

	@Test
	void a_name_set_off_after_the_role_a_named_person_owns_is_the_speaker() {
		assertThat(quotes("Tom Hale lost the vote. Hale's campaign manager, Rosa Lind, said in a statement that the "
				+ "council had \"sunk to a new low by counting the votes twice.\""))
			.containsExactly("Rosa Lind :: sunk to a new low by counting the votes twice.");
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

	@Test
	void a_document_opening_with_a_participle_and_a_later_quote_is_read_without_failing() {
		assertThat(
				quotes("Saying the talks had failed and that nothing more could be done \"utterly\", the envoys left."))
			.doesNotContain("the envoys :: utterly");
	}

}
