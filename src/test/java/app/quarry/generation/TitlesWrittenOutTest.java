package app.quarry.generation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A title abbreviated in the text is written out on the card, with or without its full
 * stop ("Maj Gen" as British styles write it, "Lt. Col." as American ones do); ordinary
 * words that look like an abbreviation in lower case are left alone.
 */
class TitlesWrittenOutTest {

	@Test
	void a_role_that_is_only_a_title_is_written_out_word_by_word() {
		assertThat(PersonQuestions.written("Gen")).isEqualTo("General");
		assertThat(PersonQuestions.written("Maj Gen")).isEqualTo("Major General");
		assertThat(PersonQuestions.written("Lt Col")).isEqualTo("Lieutenant Colonel");
		assertThat(PersonQuestions.written("Lt. Col.")).isEqualTo("Lieutenant Colonel");
		assertThat(PersonQuestions.written("Det Supt")).isEqualTo("Detective Superintendent");
		assertThat(PersonQuestions.written("Cllr")).isEqualTo("Councillor");
		assertThat(PersonQuestions.written("Gov.")).isEqualTo("Governor");
	}

	@Test
	void a_title_opening_a_longer_role_is_written_out_and_the_rest_is_kept() {
		assertThat(PersonQuestions.written("Brig Gen of the harbour brigade"))
			.isEqualTo("Brigadier General of the harbour brigade");
		assertThat(PersonQuestions.written("Sen. for Ohio")).isEqualTo("Senator for Ohio");
	}

	@Test
	void words_that_only_look_like_titles_are_left_alone() {
		assertThat(PersonQuestions.written("general manager")).isEqualTo("general manager");
		assertThat(PersonQuestions.written("Acme's chief executive")).isEqualTo("Acme's chief executive");
		assertThat(PersonQuestions.written("GEN manager")).isEqualTo("GEN manager");
		assertThat(PersonQuestions.written("the harbour's Col")).isEqualTo("the harbour's Col");
	}

}
