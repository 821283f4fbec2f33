package app.quarry.generation.extract.people;

import java.util.List;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A speech verb that hands no words over leaves the quote to the verb before it: a
 * participle inside a description ("described the book as being written “…”") and "speak
 * for" meaning to stand for someone, inside words another verb reports.
 */
class VerbsHandingNoWordsQuoteShapesTest {

	private static List<String> quotes(String text) {
		return SeedDocuments.quotes(DocumentText.of(text));
	}

	@Test
	void a_participle_inside_a_description_leaves_the_words_to_the_describer() {
		assertThat(quotes("Jane Roe praised the book. She described the book as being written \"with care and "
				+ "great skill\" by a master."))
			.contains("Jane Roe :: with care and great skill");
		assertThat(
				quotes("Jane Roe praised the book, describing it as being written \"with care and great " + "skill\"."))
			.contains("Jane Roe :: with care and great skill");
	}

	@Test
	void speak_for_inside_reported_words_stands_for_someone_and_hands_nothing_over() {
		assertThat(quotes("Jane Roe spoke for an hour. She said that Westria will speak for nations which "
				+ "\"have no voice at all in the halls of power\"."))
			.contains("Jane Roe :: have no voice at all in the halls of power");
		assertThat(quotes("Jane Roe spoke for an hour, saying that the council will speak for all nations which "
				+ "\"have no voice at all in the halls of power\"."))
			.contains("Jane Roe :: have no voice at all in the halls of power");
	}

	@Test
	void speak_for_with_no_verb_before_it_still_names_its_subject() {
		assertThat(quotes("Jane Roe spoke for an hour about \"the long and bitter war in the north\"."))
			.contains("Jane Roe :: the long and bitter war in the north");
	}

}
