package app.quarry.generation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An ampersand that lost its entity marks is shown as the ampersand it was. */
class EntityLeftoversTest {

	@Test
	void amp_between_parts_of_a_name_is_an_ampersand() {
		assertThat(EntityLeftovers.mended("an analyst at Hobbs amp Carver in London"))
			.isEqualTo("an analyst at Hobbs & Carver in London");
		assertThat(EntityLeftovers.mended("Dow Tone amp Co. said")).isEqualTo("Dow Tone & Co. said");
	}

	@Test
	void amp_as_a_word_stays() {
		assertThat(EntityLeftovers.mended("He turned up the amp before the show."))
			.isEqualTo("He turned up the amp before the show.");
	}

	@Test
	void a_generated_card_shows_the_ampersand() {
		var questions = ExtractedDocument
			.questions("Ansel Brook, an analyst at Hobbs amp Carver, said the deal was a fair price for both sides.");
		assertThat(questions).noneMatch(q -> q.prompt().contains(" amp ") || q.answer().contains(" amp "));
	}

}
