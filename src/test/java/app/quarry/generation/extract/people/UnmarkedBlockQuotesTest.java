package app.quarry.generation.extract.people;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import app.quarry.corpus.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A block quotation that lost its marks: a paragraph closing with a speech verb and a
 * colon hands the next paragraphs to its speaker, as long as they speak in the first
 * person and hold no marks of their own; the narration that follows is no quotation.
 */
class UnmarkedBlockQuotesTest {

	private static java.util.List<String> quotes(String text) {
		return SeedDocuments.quotes(DocumentText.of(text));
	}

	@Test
	void first_person_paragraphs_after_a_hand_over_are_the_speakers_words_until_the_narration_goes_on() {
		assertThat(quotes("""
				Baker apologises for cake advert
				The advert showed a cake shaped like the town hall, which upset several councillors.
				In a statement, baker Tom Ruiz said:
				I never meant to mock the council or anyone who works there. It was a joke about my own cooking.
				We will pull the advert from the shop window by Friday and I am sorry to anyone it upset.
				The council accepted the apology on Tuesday.
				""")).containsExactly(
				"Tom Ruiz :: I never meant to mock the council or anyone who works there. It was a joke about my own cooking.",
				"Tom Ruiz :: We will pull the advert from the shop window by Friday and I am sorry to anyone it upset.");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Writing to the parents, Jane Roe said:", "In a letter to the paper Jane Roe says:",
			"The head teacher, Jane Roe, told parents:", "Asked about the delay, Jane Roe replied:",
			"Jane Roe later added in a statement:" })
	void any_speech_verb_before_the_colon_hands_over(String handOver) {
		assertThat(quotes("School trip cancelled\nThe trip to the coast was called off on Monday.\n" + handOver
				+ "\nWe could not find enough buses for every pupil in time, and I am sorry for that.\n"))
			.containsExactly(
					"Jane Roe :: We could not find enough buses for every pupil in time, and I am sorry for that.");
	}

	@Test
	void a_colon_with_no_speech_verb_hands_nothing_over() {
		assertThat(quotes("""
				Vote on the harbour plan
				The results of the vote were as follows:
				Forty members voted for the plan and we counted twelve against it.
				""")).isEmpty();
	}

	@Test
	void a_paragraph_that_tells_of_others_after_a_hand_over_is_the_narration() {
		assertThat(quotes("""
				School trip cancelled
				Head teacher Jane Roe told parents:
				The trip to the coast was called off because the buses were not ready.
				""")).isEmpty();
	}

	@Test
	void a_quotation_in_marks_after_the_hand_over_is_read_once() {
		assertThat(quotes("""
				School trip cancelled
				Head teacher Jane Roe told parents:
				"We could not find enough buses for every pupil in time, and I am sorry for that."
				""")).containsExactly(
				"Jane Roe :: We could not find enough buses for every pupil in time, and I am sorry for that.");
	}

}
