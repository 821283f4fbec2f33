package app.quarry.generation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Descriptions that a card may show but that cannot be asked the other way round: one
 * that places its subject in a whole named only as "the consortium", and one that is no
 * more than a kind of thing ("a single-aisle airplane").
 */
class ReviewedDescriptionShapesTest {

	private static List<String> asked(String text, String type) {
		return ExtractedDocument.questions(text)
			.stream()
			.filter(q -> q.type().equals(type))
			.map(q -> q.format() + ": " + q.prompt() + " = " + q.answer())
			.toList();
	}

	@Test
	void a_part_of_an_unnamed_whole_is_not_asked_by_its_description() {
		assertThat(asked("Lenford Motors, part of the group, will make gearboxes for the new tractor.", "entity"))
			.noneMatch(q -> q.contains("described as"));
	}

	@Test
	void a_part_of_a_named_whole_is_still_asked_both_ways() {
		assertThat(
				asked("Lenford Motors, part of the Tillway group, will make gearboxes for the new tractor.", "entity"))
			.anyMatch(q -> q.contains("described as"));
	}

	@Test
	void unnamed_whole_shapes() {
		assertThat(UnnamedWholes.leansOn("part of the group")).isTrue();
		assertThat(UnnamedWholes.leansOn("a member of the ruling coalition")).isTrue();
		assertThat(UnnamedWholes.leansOn("chief executive of the company")).isTrue();
		assertThat(UnnamedWholes.leansOn("chief executive of the Orbit Group")).isFalse();
		assertThat(UnnamedWholes.leansOn("Acme's part of the group")).isFalse();
		assertThat(UnnamedWholes.leansOn("a maker of the small engines used in lawn mowers")).isFalse();
	}

	@Test
	void a_kind_of_thing_in_two_words_is_asked_only_on_a_card() {
		assertThat(asked("The Kestrel K4 is a twin-engine freighter, and the firm's most ordered aircraft.", "entity"))
			.noneMatch(q -> q.startsWith("typed: What is the name of"));
		assertThat(asked("The Kestrel K4 is a twin-engine freighter built by Kestrel Aviation.", "entity"))
			.anyMatch(q -> q.startsWith("typed: What is the name of"));
	}

}
