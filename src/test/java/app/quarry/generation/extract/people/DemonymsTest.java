package app.quarry.generation.extract.people;

import java.util.List;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A people's name opening a name ("Kenyan Jane Roe") says where the person is from and is
 * no part of the name; the same word later in the run is a surname. In sentences written
 * for the test.
 */
class DemonymsTest {

	private static List<String> people(String text) {
		return SeedDocuments.people(DocumentText.of(text));
	}

	@Test
	void a_people_s_name_before_a_full_name_is_left_out_of_it() {
		assertThat(people("Ugandan Peter Okello won the marathon in Lisbon.")).extracting(p -> p.split(" \\| ")[0])
			.containsExactly("Peter Okello");
		assertThat(people("The bronze went to Swedish Anna Lindqvist.")).extracting(p -> p.split(" \\| ")[0])
			.containsExactly("Anna Lindqvist");
	}

	@Test
	void the_same_word_after_a_given_name_stays_a_surname() {
		assertThat(people("Martha French won the marathon in Lisbon.")).extracting(p -> p.split(" \\| ")[0])
			.containsExactly("Martha French");
	}

}
