package app.quarry.generation.extract.people;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A quotation with no attribution of its own right after a sentence that reports one
 * named person's speech goes on with that person's words: when the name is set off after
 * what was said at the end of the paragraph before, when the sentence before quotes a
 * word of the speech, and when a relative clause stands between the name and its verb.
 */
class ReportedSpeechGoingOnQuoteShapesTest {

	private static java.util.List<String> quotes(String text) {
		return SeedDocuments.quotes(DocumentText.of(text));
	}

	@Test
	void a_quotation_opening_the_paragraph_after_a_speaker_set_off_at_the_end_is_that_speakers() {
		assertThat(quotes("Ferry fares rose again in spring. The rises were hurting island trade at the busiest "
				+ "time of the year, Mr Penrose said.\n\n\"We saw the queues grow by the hour. Nobody on the quay "
				+ "could believe it.\""))
			.containsExactly("Penrose :: We saw the queues grow by the hour. Nobody on the quay could believe it.");
	}

	@Test
	void each_paragraph_of_a_quotation_run_together_on_one_line_is_that_speakers() {
		assertThat(quotes("Ferry fares rose again in spring. The rises were hurting island trade at the busiest "
				+ "time of the year, Mr Penrose said.\n\n\"We saw the queues grow by the hour. Nobody could believe "
				+ "it. \"Yet the crews kept every boat running.\" He went on to thank the harbour staff."))
			.containsExactly("Penrose :: We saw the queues grow by the hour. Nobody could believe it.",
					"Penrose :: Yet the crews kept every boat running.");
	}

	@Test
	void others_quoted_earlier_in_the_paragraph_before_do_not_stop_the_speaker_of_its_last_sentence() {
		assertThat(quotes("Jane Tull said: \"Fares must fall.\" The rises were hurting island trade at the busiest "
				+ "time of the year, Mr Penrose said.\n\n\"We saw the queues grow by the hour. Nobody on the quay "
				+ "could believe it.\""))
			.containsExactly("Jane Tull :: Fares must fall.",
					"Penrose :: We saw the queues grow by the hour. Nobody on the quay could believe it.");
	}

	@Test
	void a_second_person_named_after_the_set_off_speaker_leaves_the_quotation_unknown() {
		assertThat(quotes("Ferry fares rose again in spring. The rises were hurting trade, Mr Penrose said, but "
				+ "Jane Tull disagreed.\n\n\"We saw the queues grow by the hour. Nobody on the quay could believe "
				+ "it.\""))
			.containsExactly("null :: We saw the queues grow by the hour. Nobody on the quay could believe it.");
	}

	@Test
	void a_word_quoted_inside_the_reported_speech_does_not_stop_the_next_quotation_going_on() {
		assertThat(quotes("Lady Ormsby said the three hour wait at the border was \"scandalous\". \"You could sail "
				+ "round the whole coast in less time on a good day.\""))
			.containsExactly("Lady Ormsby :: You could sail round the whole coast in less time on a good day.");
	}

	@Test
	void a_word_quoted_after_another_name_in_the_reported_speech_leaves_the_next_quotation_unknown() {
		assertThat(quotes("Lady Ormsby said Tom Keel had called the wait \"scandalous\". \"You could sail round the "
				+ "whole coast in less time on a good day.\""))
			.containsExactly("null :: You could sail round the whole coast in less time on a good day.");
	}

	@Test
	void a_relative_clause_between_the_speaker_and_the_verb_keeps_the_speaker() {
		assertThat(quotes("Lady Ormsby, chair of the harbour board, who first raised the matter in May, said the wait "
				+ "was far too long. \"You could sail round the whole coast in less time on a good day.\""))
			.containsExactly("Lady Ormsby :: You could sail round the whole coast in less time on a good day.");
	}

}
