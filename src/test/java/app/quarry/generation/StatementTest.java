package app.quarry.generation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatementTest {

	@Test
	void a_date_line_is_not_a_statement() {
		assertThat(Statement.isStatement("January 29th, 2018")).isFalse();
		assertThat(Statement.isStatement("Sept. 10, 2018")).isFalse();
	}

	@Test
	void a_sentence_with_markup_residue_is_not_a_statement() {
		assertThat(Statement.isStatement("January 29<sup>th</sup>, 2018")).isFalse();
		assertThat(Statement.isStatement("The letter was sent on January 29<sup>th</sup>, 2018.")).isFalse();
	}

	@Test
	void a_byline_without_a_verb_is_not_a_statement() {
		assertThat(Statement.isStatement("By Hwang Joon-bum, Washington correspondent")).isFalse();
	}

	@Test
	void sentences_with_a_verb_are_statements() {
		assertThat(Statement.isStatement("The first correspondence took place on April 1, 2018.")).isTrue();
		assertThat(Statement.isStatement("Kim Jong-un sent a letter to Trump in June.")).isTrue();
		assertThat(Statement.isStatement("The talks remain stalled.")).isTrue();
		assertThat(Statement.isStatement("Pyongyang is waiting.")).isTrue();
	}

	@Test
	void plain_text_drops_markup_and_keeps_text_without_markup_as_it_is() {
		assertThat(Statement.plain("January 29<sup>th</sup>, 2018")).isEqualTo("January 29th, 2018");
		assertThat(Statement.plain("April  1, 2018")).isEqualTo("April  1, 2018");
		assertThat(Statement.plain(List.of("January 29<sup>th</sup>, 2018", "January 29th, 2018")))
			.containsExactly("January 29th, 2018");
	}

}
