package app.quarry.generation.extract.people;

import java.util.List;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A capitalized "The" in mid-sentence opens a title, so an "and" inside it joins one
 * body's name; each in an invented sentence.
 */
class TitledAndNamesTest {

	private static List<String> people(String text) {
		return SeedDocuments.people(DocumentText.of(text));
	}

	@Test
	void a_writer_of_a_newspaper_titled_with_and_is_from_the_whole_title() {
		assertThat(people("Writing in a column, Jane Roe of The Star and Herald dubbed the harbour plan a mistake."))
			.contains("Jane Roe | someone from The Star and Herald");
	}

	@Test
	void a_lower_case_the_before_the_and_does_not_join_two_bodies_into_one() {
		assertThat(people("Tom Hale of the Acme and Zenith boards dubbed the harbour plan a mistake."))
			.noneMatch(line -> line.contains("Acme and Zenith"));
	}

}
