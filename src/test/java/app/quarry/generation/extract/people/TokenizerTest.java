package app.quarry.generation.extract.people;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text splits into words and marks: a mark, ASCII or not, is a token of its own and its
 * own lower case; words keep their inner hyphens, a possessive is a token, and an
 * abbreviation keeps its period.
 */
class TokenizerTest {

	@Test
	void marks_are_tokens_of_their_own_and_words_keep_what_belongs_to_them() {
		String text = "“Mr. Vane-Holt’s ferry (No. 9) sails!” — said U.S. Ann.";
		List<Token> tokens = Tokenizer.tokenize(text, 0, text.length());
		assertThat(tokens.stream().map(Token::text)).containsExactly("“", "Mr.", "Vane-Holt", "’s", "ferry", "(", "No",
				".", "9", ")", "sails", "!", "”", "—", "said", "U.S.", "Ann", ".");
		assertThat(tokens.stream().filter(t -> !t.word()).map(t -> t.lower().equals(t.text()))).containsOnly(true);
		assertThat(tokens.get(1).lower()).isEqualTo("mr.");
	}

	@Test
	void a_possessive_after_an_abbreviation_period_is_one_token() {
		String text = "Zentrix Inc.'s chairman";
		assertThat(Tokenizer.tokenize(text, 0, text.length()).stream().map(Token::text)).containsExactly("Zentrix",
				"Inc", ".", "'s", "chairman");
	}

}
