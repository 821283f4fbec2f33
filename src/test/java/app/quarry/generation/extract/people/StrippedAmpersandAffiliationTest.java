package app.quarry.generation.extract.people;

import java.util.List;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text taken from markup may keep "amp" where a firm's name had "&": the speaker is still
 * from that firm, each in an invented sentence.
 */
class StrippedAmpersandAffiliationTest {

	private static List<String> people(String text) {
		return SeedDocuments.people(DocumentText.of(text));
	}

	@Test
	void a_leftover_amp_between_capitalized_words_joins_the_firm_a_speaker_is_from() {
		assertThat(people("\"It is a move,\" said Tom S. Hale of Baxter Wills amp Co."))
			.contains("Tom S. Hale | someone from Baxter Wills amp Co");
	}

	@Test
	void the_firm_after_a_present_tense_speech_verb_is_read_the_same_way() {
		assertThat(people("\"People are leaving,\" says Karl Vinter of Vinter amp Oates, a Denver adviser."))
			.contains("Karl Vinter | someone from Vinter amp Oates");
	}

	@Test
	void an_amp_after_a_lower_case_word_joins_nothing() {
		assertThat(people("\"It is a move,\" said Tom Hale of Baxter, an amp Maker."))
			.noneMatch(line -> line.contains("amp"));
	}

}
