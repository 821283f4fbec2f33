package app.quarry.generation.extract.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

/**
 * "He" or "she" right after a sentence whose subject is an unnamed spokesperson or
 * official stands for that person, as the sentence before describes them, never for
 * someone named earlier.
 */
class UnnamedSpeakerBeforePronounTest {

	private static List<String> quotes(String text) {
		return SeedDocuments.quotes(DocumentText.of(text));
	}

	@Test
	void a_pronoun_after_a_spokesman_for_a_named_body_is_that_spokesman() {
		assertThat(quotes("Mine flooded\n\nJane Roe, the mayor of Upton, visited the mine on Monday. A spokesman "
				+ "for Acme Mining said the pumps had failed. \"We are doing everything we can to reach the men "
				+ "below,\" he said.\n"))
			.containsExactly("A spokesman for Acme Mining :: We are doing everything we can to reach the men below");
	}

	@Test
	void an_apposition_after_the_body_still_leads_to_the_speech_verb() {
		assertThat(quotes("Mine flooded\n\nTom Lee, the mine's owner, spoke on Monday. A spokesperson for the "
				+ "Westria Mines Board, the body that licenses the pits, said the pumps had failed. \"Every pit "
				+ "in the valley will be checked before the end of the month,\" he said.\n"))
			.containsExactly(
					"A spokesperson for the Westria Mines Board :: Every pit in the valley will be checked before the end of the month");
	}

	@Test
	void a_plain_spokesman_keeps_the_words_from_the_person_named_before() {
		assertThat(quotes("Mine flooded\n\nTom Lee, the mine's owner, spoke on Monday. But a spokesman said the "
				+ "law tied the board's hands. \"Any change to the rules would be for the government,\" he said.\n"))
			.containsExactly("a spokesman :: Any change to the rules would be for the government");
	}

	@Test
	void a_spokesman_whose_verb_is_no_speech_verb_is_no_speaker() {
		assertThat(quotes("Mine flooded\n\nTom Lee, the mine's owner, spoke on Monday. A spokesman for Acme Mining "
				+ "visited the pit. \"We are doing everything we can to reach the men below,\" he said.\n"))
			.noneMatch(q -> q.contains("spokesman"));
	}

}
