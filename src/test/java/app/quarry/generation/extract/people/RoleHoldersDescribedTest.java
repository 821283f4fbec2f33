package app.quarry.generation.extract.people;

import static org.assertj.core.api.Assertions.assertThat;

import app.quarry.corpus.DocumentText;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A definite description opening the sentence that hands over a quote stands for the one
 * person the document gave that role, as it does after the quote. In sentences written
 * for the test.
 */
class RoleHoldersDescribedTest {

	private static List<String> quotes(String text) {
		return SeedDocuments.quotes(DocumentText.of(text));
	}

	@Test
	void the_role_opening_the_sentence_is_the_person_who_holds_it() {
		assertThat(quotes("Club coach Carla Mendes spoke on Sunday.\n\nThe coach said: \"We will play on.\""))
			.containsExactly("Carla Mendes :: We will play on.");
		assertThat(quotes("Club coach Carla Mendes spoke on Sunday.\n\nThe coach said \"we are all very sad.\""))
			.containsExactly("Carla Mendes :: we are all very sad.");
	}

	@Test
	void a_role_nobody_named_holds_stays_a_description() {
		assertThat(quotes("Club captain Carla Mendes spoke on Sunday.\n\nThe coach said: \"We will play on.\""))
			.noneMatch(found -> found.startsWith("Carla Mendes"));
	}

	@Test
	void two_holders_of_the_role_leave_the_description_open() {
		assertThat(quotes("Club coach Carla Mendes spoke on Sunday. Rival coach Tom Lee praised his keeper.\n\n"
				+ "The coach said: \"We will play on.\""))
			.noneMatch(found -> found.startsWith("Carla Mendes") || found.startsWith("Tom Lee"));
	}

}
