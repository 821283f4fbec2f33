package app.quarry.generation.extract.people;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sentence of the document's own about the one who just spoke, with that person as its
 * subject, does not end the speaker's turn: the quotation that opens the next sentence of
 * the paragraph is the same person's. A sentence about someone or something else, one
 * naming another person, or a second sentence between them ends the turn.
 */
class SentenceAboutTheSpeakerQuoteShapesTest {

	private static java.util.List<String> quotes(String text) {
		return SeedDocuments.quotes(DocumentText.of(text));
	}

	@Test
	void a_sentence_about_the_speaker_by_name_keeps_the_turn() {
		assertThat(quotes("\"We were not ready for that. We now face another shock,\" Tom Reed, head of a group for "
				+ "the families, said. Reed lost his son, who was on board the ferry. \"For me, I would like to leave "
				+ "my son at the bottom of the lake.\""))
			.containsExactly("Tom Reed :: We were not ready for that. We now face another shock",
					"Tom Reed :: For me, I would like to leave my son at the bottom of the lake.");
	}

	@Test
	void a_sentence_about_the_speaker_by_pronoun_keeps_the_turn() {
		assertThat(quotes("\"We were not ready for that,\" said Jane Roe. She lost her son in the crash last year. "
				+ "\"For me, I would like to leave my son at the bottom of the lake.\""))
			.containsExactly("Jane Roe :: We were not ready for that",
					"Jane Roe :: For me, I would like to leave my son at the bottom of the lake.");
	}

	@Test
	void a_sentence_after_an_opening_adverbial_about_the_speaker_keeps_the_turn() {
		assertThat(quotes("\"We were not ready for that,\" said Jane Roe. After the crash, Roe moved to the coast. "
				+ "\"Nobody here has ever seen a crash like this one.\""))
			.containsExactly("Jane Roe :: We were not ready for that",
					"Jane Roe :: Nobody here has ever seen a crash like this one.");
	}

	@Test
	void a_sentence_about_someone_else_ends_the_turn() {
		assertThat(quotes("\"We were not ready for that,\" said Jane Roe. Tom Reed lost his son in the crash. "
				+ "\"For me, I would like to leave my son at the bottom of the lake.\""))
			.containsExactly("Jane Roe :: We were not ready for that",
					"null :: For me, I would like to leave my son at the bottom of the lake.");
	}

	@Test
	void a_sentence_about_something_else_ends_the_turn() {
		assertThat(quotes("\"We were not ready for that,\" said Jane Roe. The ferry sank in ten minutes. \"For me, "
				+ "I would like to leave my son at the bottom of the lake.\""))
			.containsExactly("Jane Roe :: We were not ready for that",
					"null :: For me, I would like to leave my son at the bottom of the lake.");
	}

	@Test
	void a_sentence_about_the_speaker_that_names_another_ends_the_turn() {
		assertThat(quotes("\"We were not ready for that,\" said Jane Roe. Roe met Tom Reed at the quay. \"Nobody "
				+ "here has ever seen a crash like this one.\""))
			.containsExactly("Jane Roe :: We were not ready for that",
					"null :: Nobody here has ever seen a crash like this one.");
	}

	@Test
	void two_sentences_between_end_the_turn() {
		assertThat(quotes("\"We were not ready for that,\" said Jane Roe. Roe lost her son. It was a cold day. "
				+ "\"Nobody here has ever seen a crash like this one.\""))
			.containsExactly("Jane Roe :: We were not ready for that",
					"null :: Nobody here has ever seen a crash like this one.");
	}

	@Test
	void a_sentence_that_brings_in_someone_by_a_role_ends_the_turn() {
		assertThat(quotes("\"We will rebuild every house on this street,\" Jane Roe said. She then handed over to her "
				+ "deputy. \"The budget is not there yet and we need more help from the state.\""))
			.noneMatch(q -> q.startsWith("Jane Roe :: The budget"));
		assertThat(quotes("\"The work is done,\" Tom Hale said. He then introduced the site manager. \"Nobody was "
				+ "hurt in three years of building.\""))
			.noneMatch(q -> q.startsWith("Tom Hale :: Nobody"));
	}

}
