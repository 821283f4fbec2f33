package app.quarry.generation.extract.people;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Attribution shapes of wire-service news, one per test, each in a sentence written for
 * the test: where the speaker stands when it is not right beside the quote.
 */
class UnseenQuoteShapesTest {

	private static java.util.List<String> quotes(String text) {
		return SeedDocuments.quotes(DocumentText.of(text));
	}

	@Test
	void a_short_quoted_sentence_after_an_attributed_one_goes_on_with_its_speaker() {
		assertThat(quotes("\"The harbour will reopen once the storm has passed,\" said Lena Hartig. \"We are ready.\""))
			.containsExactly("Lena Hartig :: The harbour will reopen once the storm has passed",
					"Lena Hartig :: We are ready.");
	}

	@Test
	void a_name_and_an_of_phrase_before_said_are_the_speaker_not_the_last_word_of_the_phrase() {
		assertThat(quotes("Bishop Paul Ostrander of the Diocese of Linford said it was \"a sad day for the whole "
				+ "valley,\" and asked for calm."))
			.containsExactly("Paul Ostrander :: a sad day for the whole valley");
		assertThat(quotes("Tom Hale of the town council said the plan was \"a very bad idea for the farmers.\""))
			.containsExactly("Tom Hale :: a very bad idea for the farmers.");
	}

	@Test
	void an_attribution_that_closes_the_sentence_after_the_quote_and_more_words_is_the_speakers() {
		assertThat(quotes("\"The ferry was simply overloaded\" on the night of the crossing, Hartig said."))
			.containsExactly("Hartig :: The ferry was simply overloaded");
	}

	@Test
	void quoted_as_saying_reports_the_words_of_its_subject() {
		assertThat(quotes("Lena Hartig visited the port. \"Every boat must carry a radio from now on,\" she was quoted "
				+ "as saying."))
			.containsExactly("Lena Hartig :: Every boat must carry a radio from now on");
	}

	@Test
	void the_statement_said_gives_the_words_to_who_issued_the_statement_a_few_sentences_before() {
		assertThat(quotes("Harbor Lines said in a statement that the ferry was sound. The company said it was told "
				+ "on Friday. Its rivals disagreed. \"We are looking for a safer vessel to carry the route,\" the "
				+ "statement said."))
			.containsExactly("Harbor Lines :: We are looking for a safer vessel to carry the route");
	}

	@Test
	void two_words_given_by_a_speech_verb_with_an_object_are_the_subjects_words() {
		assertThat(quotes("Tom Hale called the ruling a \"serious blow.\""))
			.containsExactly("Tom Hale :: serious blow.");
		assertThat(
				quotes("Tom Hale attacked the council on Monday, accusing it of \"plain theft\" for taking the land."))
			.containsExactly("Tom Hale :: plain theft");
	}

	@Test
	void two_words_in_a_clause_reported_without_that_are_the_speakers() {
		assertThat(
				quotes("Calling the harbour \"a jewel,\" Mayor Rosa Lind said Friday it had been \"badly neglected\" "
						+ "by the council."))
			.containsExactly("Rosa Lind :: a jewel", "Rosa Lind :: badly neglected");
	}

	@Test
	void two_words_after_a_comma_or_a_passive_or_calling_for_stay_a_phrase() {
		assertThat(quotes("Rosa Lind led rallies calling for the return of Tom Hale, the \"river king\" of the town."))
			.isEmpty();
		assertThat(quotes("Tom Hale was called a \"river king\" by nobody.")).isEmpty();
	}

	@Test
	void words_a_condemning_verb_gives_are_its_subjects() {
		assertThat(quotes("The mayor, Rosa Lind, condemned the \"cruel and senseless\" attack on the harbour."))
			.containsExactly("Rosa Lind :: cruel and senseless");
	}

	@Test
	void a_quoted_word_earlier_in_the_clause_does_not_hide_the_describing_verb() {
		assertThat(quotes("One critic, Tom Hale, described the mayor as a \"hero\" for ending the council's "
				+ "\"shameful neglect.\""))
			.containsExactly("Tom Hale :: shameful neglect.");
	}

	@Test
	void two_words_far_from_the_verb_or_after_a_pronoun_stay_a_phrase() {
		assertThat(quotes("Tom Hale called any comparison between the coming harbour dispute and the endless \"river "
				+ "wars\" unfair."))
			.isEmpty();
		assertThat(quotes("Although he called the terms \"very harsh,\" Mr. Hale, the harbour master, signed them."))
			.isEmpty();
	}

	@Test
	void words_opening_a_sentence_closed_by_said_and_a_name_are_that_persons() {
		assertThat(quotes("\"It's high time\" the ferry went back to the yard, said Tom Hale, a former harbour master. "
				+ "\"This was a simple repair job.\""))
			.containsExactly("Tom Hale :: It's high time", "Tom Hale :: This was a simple repair job.");
	}

	@Test
	void two_words_a_viewing_verb_gives_after_as_are_the_reporters() {
		assertThat(quotes("Rosa Lind, the mayor, said the council viewed the decision as a \"very positive\" move."))
			.containsExactly("Rosa Lind :: very positive");
	}

	@Test
	void a_described_subject_with_a_relative_clause_before_said_speaks_not_the_company_it_names() {
		assertThat(quotes("Norder Co. cut its budget. A Norder officer, who asked not to be named, said the harbour "
				+ "project was \"put on hold for a review of costs,\" a sign that the plan is in trouble."))
			.containsExactly("a Norder officer :: put on hold for a review of costs");
	}

	@Test
	void an_attribution_with_told_and_its_listeners_closing_the_sentence_after_more_words_is_the_speakers() {
		assertThat(quotes("Lena Hartig spoke on Monday. \"We need about three weeks\" more or less, Hartig told "
				+ "hundreds of dock workers gathered in the port."))
			.containsExactly("Lena Hartig :: We need about three weeks");
		assertThat(
				quotes("\"We need about three weeks\" more or less, Hartig told the workers that the yard was shut."))
			.doesNotContain("Hartig :: We need about three weeks");
	}

	@Test
	void a_sentence_opening_with_says_and_a_name_gives_the_quotation_after_its_colon_to_that_name() {
		assertThat(quotes("Rents rose again. Says Tom Hale, chief officer of Norder Bank in Leeds: \"It is a storm "
				+ "waiting to break.\""))
			.containsExactly("Tom Hale :: It is a storm waiting to break.");
	}

}
