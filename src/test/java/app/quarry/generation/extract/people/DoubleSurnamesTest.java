package app.quarry.generation.extract.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

/**
 * A story may call the bearer of a double surname by either half of it; a hyphenated
 * given name or a particle is never cut, and a half that two people share names neither.
 */
class DoubleSurnamesTest {

	private static List<String> quotes(String text) {
		return SeedDocuments.quotes(DocumentText.of(text));
	}

	@Test
	void both_halves_of_a_hyphenated_surname_are_names_of_their_own() {
		assertThat(DoubleSurnames.halves("Smith-Jones")).containsExactly("smith", "jones");
		assertThat(DoubleSurnames.halves("Jong-un")).isEmpty();
		assertThat(DoubleSurnames.halves("Yo-Jong")).isEmpty();
		assertThat(DoubleSurnames.halves("al-Rashid")).isEmpty();
		assertThat(DoubleSurnames.halves("Roe")).isEmpty();
	}

	@Test
	void either_half_of_a_double_surname_stands_for_the_person_named_in_full() {
		assertThat(quotes("Chapel hits back\n\nHackers took over the account of Mara Smith-Jones, the chapel "
				+ "spokeswoman.\n\"We will sing on the square in praise of the storm,\" said Smith in a post on "
				+ "her blog.\n\"Nobody will stop the march on Sunday,\" Jones added.\n"))
			.containsExactly("Mara Smith-Jones :: We will sing on the square in praise of the storm",
					"Mara Smith-Jones :: Nobody will stop the march on Sunday");
	}

	@Test
	void a_half_two_people_share_names_neither() {
		assertThat(quotes("Chapel hits back\n\nMara Smith-Jones and Tom Smith led the march on Sunday.\n"
				+ "\"We will sing on the square in praise of the storm,\" said Smith.\n"))
			.containsExactly("null :: We will sing on the square in praise of the storm");
	}

}
