package app.quarry.generation.extract.people;

import java.util.List;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which speech verbs report what was said and which only judge it: both attribute a quote
 * beside them, but only a report of speech lends its speaker to a quotation standing
 * alone in the next paragraph.
 */
class SpeechVerbsTest {

	@Test
	void a_verb_that_reports_words_is_one_of_the_speech_verbs() {
		for (String verb : List.of("said", "says", "told", "warned", "insisted", "confirmed")) {
			assertThat(SpeechVerbs.reportsWhatWasSaid(verb)).as(verb).isTrue();
			assertThat(SpeechVerbs.isSpeechVerb(verb)).as(verb).isTrue();
		}
	}

	@Test
	void a_verb_that_judges_attributes_a_quote_but_reports_no_words() {
		for (String verb : List.of("praised", "condemned", "called", "saying")) {
			assertThat(SpeechVerbs.isSpeechVerb(verb)).as(verb).isTrue();
			assertThat(SpeechVerbs.reportsWhatWasSaid(verb)).as(verb).isFalse();
		}
	}

	@Test
	void praise_in_the_paragraph_before_lends_no_speaker_to_a_lone_quotation() {
		assertThat(SeedDocuments.quotes(DocumentText.of("Mark Dunn praised the buyers at the harbour on Friday.\n\n"
				+ "\"We are very disappointed with the way this has ended.\"")))
			.containsExactly("null :: We are very disappointed with the way this has ended.");
	}

	@Test
	void a_warning_in_the_paragraph_before_lends_its_speaker_to_a_lone_quotation() {
		assertThat(SeedDocuments.quotes(DocumentText.of("Mark Dunn warned that the buyers would walk away.\n\n"
				+ "\"We are very disappointed with the way this has ended.\"")))
			.containsExactly("Mark Dunn :: We are very disappointed with the way this has ended.");
	}

}
