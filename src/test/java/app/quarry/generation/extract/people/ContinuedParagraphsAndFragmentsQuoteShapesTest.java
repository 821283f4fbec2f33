package app.quarry.generation.extract.people;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Speaker shapes of copy that runs paragraphs together on one line: a paragraph of speech
 * left open for the next, a quoted sentence opening a paragraph after one that reports a
 * named person's speech, a pronoun that goes back a few sentences to the one person
 * named, and a name only owning what the speaker spoke of. And two quoted words given by
 * the speaker: a name given in a relative clause, words after "told the paper that", and
 * a judgement of a thing after a copula.
 */
class ContinuedParagraphsAndFragmentsQuoteShapesTest {

	private static java.util.List<String> quotes(String text) {
		return SeedDocuments.quotes(DocumentText.of(text));
	}

	@Test
	void a_paragraph_of_speech_left_open_goes_on_with_the_speaker_of_the_paragraph_before() {
		assertThat(quotes("Amir Sadiq, head of the Eastbay Council, said his group told police. \"I am appalled by "
				+ "flyers like this in Eastbay,\" he said.\n\"They have tried to get into the town before and this is "
				+ "one more try. \"I am sure they are not wanted here at all.\" A police spokeswoman said they were "
				+ "looking at it."))
			.contains("Amir Sadiq :: They have tried to get into the town before and this is one more try.",
					"Amir Sadiq :: I am sure they are not wanted here at all.");
	}

	@Test
	void a_quoted_sentence_opening_a_paragraph_after_reported_speech_is_the_reporters_speaker() {
		assertThat(quotes("Campaigners have handed the flyer to police.\nJohn Pike said the flyer was what he had "
				+ "expected from them.\n\"The people of Marsden will never stand for such a thing.\" The council bought "
				+ "the old hall in 1998. Mr Cole said the hall would be rebuilt. \"It is a fine old building,\" he "
				+ "said."))
			.contains("John Pike :: The people of Marsden will never stand for such a thing.");
	}

	@Test
	void a_pronoun_reporting_speech_goes_back_over_sentences_that_name_no_one_else() {
		assertThat(quotes("Mr Holt, an MEP for the West Country, quit the whip in May. Yet he is still in the "
				+ "party. He said at the weekend he wanted to be picked as leader by the summer. \"I think that "
				+ "gives us enough time to put our house in order.\""))
			.containsExactly("Holt :: I think that gives us enough time to put our house in order.");
	}

	@Test
	void a_name_only_owning_what_the_speaker_spoke_of_is_no_rival_for_he() {
		assertThat(quotes("Tom Baxter, spokesman for Vote No, said the rival campaign was \"in the mud\" now. And he "
				+ "rounded on Mr Dunn's claim that the new body would improve roads. \"It can shuffle paper about "
				+ "but it cannot build a single road,\" he said."))
			.contains("Tom Baxter :: It can shuffle paper about but it cannot build a single road");
	}

	@Test
	void a_name_given_in_a_relative_clause_is_the_namers_words() {
		assertThat(quotes("In March, Mr Vance quit his radio show over remarks he made about bankers, who he called "
				+ "\"greedy parasites\"."))
			.containsExactly("Vance :: greedy parasites");
		assertThat(quotes("The band is known by fans as the \"Lost Boys\" in Leeds."))
			.doesNotContain("null :: Lost Boys");
	}

	@Test
	void two_words_after_told_someone_that_are_the_tellers() {
		assertThat(quotes("The lab will shut in June. Ian Cobb, Acme's chief scientist, told the Daily Record that "
				+ "the shutdown was a \"real pity\"."))
			.containsExactly("Ian Cobb :: real pity");
	}

	@Test
	void two_words_judging_a_thing_after_a_copula_are_the_speakers() {
		assertThat(quotes("The chip was shown in Tokyo. Zentek Inc said the chip was \"platform neutral\" and would "
				+ "run many systems at once."))
			.containsExactly("Zentek Inc :: platform neutral");
	}

	@Test
	void two_words_after_a_copula_with_a_party_as_subject_are_not_the_speakers() {
		assertThat(quotes("Acme Holdings said the union was \"on board\" with the offer."))
			.doesNotContain("Acme Holdings :: on board");
	}

}
