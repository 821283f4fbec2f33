package app.quarry.generation.extract.people;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quotations that go on with the speech a sentence before them reports: a first paragraph
 * of quoted words left open for the next paragraph, a speaker named behind a bare
 * description, and a quotation followed by a new sentence in which someone else reports
 * speech of their own.
 */
class ContinuedSpeechQuoteShapesTest {

	private static java.util.List<String> quotes(String text) {
		return SeedDocuments.quotes(DocumentText.of(text));
	}

	@Test
	void a_paragraph_of_quoted_words_left_open_for_the_next_goes_on_with_the_reported_speaker() {
		assertThat(quotes("Nora Quill said the new ferry timetable would help island traders.\n"
				+ "\"We want every boat to leave on time.\n" + "\"The islands deserve nothing less.\""))
			.containsExactly("Nora Quill :: We want every boat to leave on time.",
					"Nora Quill :: The islands deserve nothing less.");
	}

	@Test
	void a_name_behind_a_bare_description_reports_the_speech_the_quotation_goes_on_with() {
		assertThat(quotes("Harbour board chairman Nora Quill said the timetable would help traders. \"We want "
				+ "every boat to leave on time.\" The ferries sailed at noon."))
			.containsExactly("Nora Quill :: We want every boat to leave on time.");
	}

	@Test
	void a_name_after_a_preposition_is_no_subject_behind_a_description() {
		assertThat(quotes("Friends of Nora Quill said the timetable would help traders. \"We want every boat to "
				+ "leave on time.\" The ferries sailed at noon."))
			.containsExactly("null :: We want every boat to leave on time.");
	}

	@Test
	void a_new_sentence_reporting_other_speech_is_no_tag_of_the_quotation_before() {
		assertThat(quotes("Harbour board chairman Nora Quill said the timetable would help traders. \"We want "
				+ "every boat to leave on time.\" The unions say the plan ignores the crews."))
			.containsExactly("Nora Quill :: We want every boat to leave on time.");
	}

	@Test
	void a_bare_tag_after_the_closing_stop_still_names_an_unread_speaker() {
		assertThat(quotes("Nora Quill spoke to traders on Monday. The board met later. \"We want every boat to "
				+ "leave on time.\" The spokesman said."))
			.doesNotContain("Nora Quill :: We want every boat to leave on time.");
	}

	@Test
	void he_never_stands_for_a_name_given_and_met_only_after_a_preposition_of_place() {
		assertThat(quotes("Pickets gathered outside the council offices in Tregarth Bay on Friday.\nPiers Gatelove "
				+ "is senior benefit officer on the picket line at the tax office, in Tregarth. He said: \"Most "
				+ "people have decided not to come in.\""))
			.noneMatch(quote -> quote.startsWith("Tregarth"));
	}

	@Test
	void he_still_stands_for_a_man_named_in_full() {
		assertThat(quotes("Pickets gathered outside the council offices in Tregarth Bay on Friday.\nTom Price is "
				+ "senior benefit officer on the picket line at the tax office, in Tregarth. He said: \"Most "
				+ "people have decided not to come in.\""))
			.containsExactly("Tom Price :: Most people have decided not to come in.");
	}

	@Test
	void a_named_speaker_of_a_new_sentence_after_the_closing_stop_reports_other_speech() {
		assertThat(quotes("Nora Quill, director at Tidewell, said costs were rising. Ben Amory, head of the traders' "
				+ "guild, said trade was falling. Ms Quill warned that firms could run short of skilled crews. \"If "
				+ "every yard keeps hiring, the crews run out.\" Mr Amory said the yards were learning fast."))
			.contains("Nora Quill :: If every yard keeps hiring, the crews run out.");
	}

}
