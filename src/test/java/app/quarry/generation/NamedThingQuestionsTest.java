package app.quarry.generation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A named thing is asked as what it is, and by its name when the description singles it
 * out; its questions are about things, never "Who" or "Which organisation".
 */
class NamedThingQuestionsTest {

	private static List<String> asked(String text) {
		return ExtractedDocument.questions(text)
			.stream()
			.filter(q -> q.type().equals("entity"))
			.map(q -> q.format() + ": " + q.prompt() + " = " + q.answer())
			.toList();
	}

	@Test
	void a_described_thing_is_asked_both_ways() {
		assertThat(asked("Investigators said the blast came from a plastic explosive called Thornite "
				+ "that has been used by smugglers before."))
			.containsExactlyInAnyOrder(
					"flashcard: What is Thornite? = a plastic explosive that has been used by smugglers before",
					"typed: What is the name of the plastic explosive that has been used by smugglers before? "
							+ "= Thornite");
	}

	@Test
	void a_thing_described_by_an_apposition_or_one_noun_is_asked_only_on_a_card() {
		assertThat(asked("The boy walked on the pier with a kitten named Pepper, a present from Aunt Della Voss."))
			.containsExactly("flashcard: What is Pepper? = a kitten, a present from Aunt Della Voss");
		assertThat(asked("The crew sailed a ship dubbed the Grey Heron into the storm."))
			.containsExactly("flashcard: What is the Grey Heron? = a ship");
	}

}
