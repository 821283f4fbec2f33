package app.quarry.generation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A relative who is one of several is asked so that the answer stays unique: never among
 * options that hold the same relation in the singular.
 */
class KinQuestionsTest {

	private static List<String> asked(String text, String answer) {
		return ExtractedDocument.questions(text)
			.stream()
			.filter(q -> q.type().equals("person") && q.answer().equals(answer))
			.map(q -> q.format() + ": " + q.prompt())
			.toList();
	}

	@Test
	void one_of_several_relatives_is_not_asked_among_a_relative_of_the_same_kind() {
		String text = "Lena's great-uncle, Otto Brenner, said the family would appeal the ruling in Marlow. "
				+ "\"She wants to stay with us,\" said Anselm Brenner, another of Lena's great-uncles. "
				+ "Mayor Walter Oakes and Judge Ida Rask met the family. Pastor Jonas Lind led the prayers.";
		assertThat(asked(text, "Anselm Brenner")).isEmpty();
		assertThat(asked(text, "one of Lena's great-uncles")).containsExactly("flashcard: Who is Anselm Brenner?");
		// and the one named "Lena's great-uncle" is not asked by it either: both are
		assertThat(asked(text, "Otto Brenner")).isEmpty();
	}

}
