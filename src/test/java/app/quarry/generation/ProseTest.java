package app.quarry.generation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProseTest {

	@Test
	void normalizing_keeps_lower_case_words_and_numbers_separated_by_single_spaces() {
		assertThat(Prose.normalize("Kim Jong-un’s")).isEqualTo("kim jong un s");
		assertThat(Prose.normalize("  “27 letters,” said Trump!  ")).isEqualTo("27 letters said trump");
		assertThat(Prose.normalize("Sept. 18–20, 2018")).isEqualTo("sept 18 20 2018");
		assertThat(Prose.normalize("...")).isEmpty();
	}

	@Test
	void accents_are_dropped_and_non_latin_letters_and_numbers_are_kept() {
		assertThat(Prose.normalize("Moon Jae-in’s café")).isEqualTo("moon jae in s cafe");
		assertThat(Prose.normalize("Москва (Moscow)")).isEqualTo("москва moscow");
		assertThat(Prose.normalize("Ⅻ ½ ²")).isEqualTo("xii 1 2 2");
	}

	@Test
	void a_text_normalized_again_gives_the_same_words_however_many_texts_came_between() {
		String title = "Mayor Opens the New Bridge";
		assertThat(Prose.normalize(title)).isEqualTo("mayor opens the new bridge");
		for (int i = 0; i < 1000; i++) {
			assertThat(Prose.normalize("Bridge No. " + i)).isEqualTo("bridge no " + i);
		}
		// an equal text built anew, and the same text again
		assertThat(Prose.normalize(new StringBuilder("Mayor Opens ").append("the New Bridge").toString()))
			.isEqualTo("mayor opens the new bridge");
		assertThat(Prose.normalize(title)).isEqualTo("mayor opens the new bridge");
	}

	@Test
	void a_part_is_mentioned_only_as_whole_words() {
		assertThat(Prose.mentions("Kim Jong-un met Trump.", "kim jong un")).isTrue();
		assertThat(Prose.mentions("Kimberly met Trump.", "Kim")).isFalse();
		assertThat(Prose.mentions("Kim met Trump.", "—")).isFalse();
	}

}
