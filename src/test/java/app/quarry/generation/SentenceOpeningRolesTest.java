package app.quarry.generation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A role that opens its sentence loses the sentence's capital in a question, where the
 * document writes the word in lower case; a name's capital stays.
 */
class SentenceOpeningRolesTest {

	@Test
	void the_capital_of_the_sentence_is_dropped() {
		String text = "Tennis player Ann Roe won again. She has played tennis since she was six.";
		assertThat(SentenceOpeningRoles.lowered("Tennis player Ann Roe won again.", text, "Tennis player"))
			.isEqualTo("tennis player");
	}

	@Test
	void a_word_the_document_never_writes_in_lower_case_keeps_its_capital() {
		String text = "Kansas senator Tom Hale voted no. The vote was close.";
		assertThat(SentenceOpeningRoles.lowered("Kansas senator Tom Hale voted no.", text, "Kansas senator"))
			.isEqualTo("Kansas senator");
	}

	@Test
	void a_role_with_another_capital_or_not_opening_the_sentence_is_kept() {
		String text = "Secretary of State Ann Roe flew in. The secretary spoke. Later Party spokesman Ivo Sarn and the party agreed.";
		assertThat(SentenceOpeningRoles.lowered("Secretary of State Ann Roe flew in.", text, "Secretary of State"))
			.isEqualTo("Secretary of State");
		assertThat(SentenceOpeningRoles.lowered("Later Party spokesman Ivo Sarn and the party agreed.", text,
				"Party spokesman"))
			.isEqualTo("Party spokesman");
	}

	@Test
	void no_question_asks_the_role_with_the_sentences_capital() {
		assertThat(ExtractedDocument.questions(
				"Pole vaulter Zoe Brandt had hoped for a call from the selectors. She cleared the bar with her pole.")
			.stream()
			.filter(q -> q.type().equals("person"))
			.map(q -> q.prompt() + " = " + q.answer()))
			.noneMatch(q -> q.startsWith("Who") && q.contains("Pole vaulter"));
	}

}
