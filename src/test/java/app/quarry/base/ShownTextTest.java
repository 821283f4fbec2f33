package app.quarry.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Quoting back what someone typed, without letting it reorder or hide the message. */
class ShownTextTest {

	@Test
	void bidi_overrides_zero_width_and_control_characters_become_spaces() {
		assertThat(ShownText.excerpt("\u202Egnp.exe\u202C\u200B Ann\u0007\nLee", 40)).isEqualTo("gnp.exe Ann Lee");
	}

	@Test
	void long_text_is_cut_with_an_ellipsis_between_characters_not_inside_one() {
		assertThat(ShownText.excerpt("ab\uD83D\uDE00cd", 3)).isEqualTo("ab\uD83D\uDE00…");
		assertThat(ShownText.excerpt("x".repeat(1_000_000), 20)).hasSize(21);
	}

	@Test
	void a_hidden_character_is_shown_by_its_code() {
		assertThat(ShownText.character(0x200B)).isEqualTo("U+200B");
		assertThat(ShownText.character('a')).isEqualTo("a");
	}

}
