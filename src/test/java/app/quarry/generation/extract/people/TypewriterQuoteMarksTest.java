package app.quarry.generation.extract.people;

import java.util.List;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;
import app.quarry.corpus.Sentence;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quotation marks in the typewriter convention of wire services and newspaper archives
 * (two backticks open, two apostrophes close), each in a sentence written for the test.
 */
class TypewriterQuoteMarksTest {

	private static List<String> quotes(String text) {
		return SeedDocuments.quotes(DocumentText.of(text));
	}

	@Test
	void backticks_and_apostrophes_quote_like_curly_marks() {
		assertThat(quotes("``The harbour will reopen by spring,'' Mayor Lena Hartig said."))
			.containsExactly("Lena Hartig :: The harbour will reopen by spring");
	}

	@Test
	void a_speaker_before_the_quotation_is_found_too() {
		assertThat(quotes("Harbour master Tom Hale said, ``We need two more cranes before the winter.''"))
			.containsExactly("Tom Hale :: We need two more cranes before the winter.");
	}

	@Test
	void a_single_backtick_inside_opens_a_nested_quotation_that_belongs_to_the_outer_one() {
		assertThat(quotes("``They all shouted `Open the gates,' and nobody moved,'' Tom Hale said."))
			.containsExactly("Tom Hale :: They all shouted `Open the gates,' and nobody moved");
	}

	@Test
	void sentences_keep_their_whole_marks() {
		assertThat(DocumentText.of("He came. ``We need cranes,'' Tom Hale said. ``Two of them.'' Then he left.")
			.sentences()
			.stream()
			.map(Sentence::text))
			.containsExactly("He came.", "``We need cranes,'' Tom Hale said.", "``Two of them.''", "Then he left.");
	}

	@Test
	void doubled_apostrophes_in_a_text_without_backticks_are_not_quotation_marks() {
		assertThat(quotes("The keeper is 6 feet 2'' tall and weighs 190 pounds, Tom Hale's ''report'' says."))
			.isEmpty();
	}

	@Test
	void a_pair_of_apostrophes_after_a_space_and_before_a_word_opens_a_quotation() {
		assertThat(quotes("''The harbour will reopen by spring,'' Mayor Lena Hartig said."))
			.containsExactly("Lena Hartig :: The harbour will reopen by spring");
		assertThat(quotes("Harbour master Tom Hale said, ''We need two more cranes.'' Then he left."))
			.containsExactly("Tom Hale :: We need two more cranes.");
	}

}
