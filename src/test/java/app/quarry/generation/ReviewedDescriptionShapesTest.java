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
		assertThat(asked("Lenford Engines, part of the consortium, will supply engines for the new jet.", "entity"))
			.noneMatch(q -> q.contains("described as"));
	}

	@Test
	void a_part_of_a_named_whole_is_still_asked_both_ways() {
		assertThat(
				asked("Lenford Engines, part of the Skyway consortium, will supply engines for the new jet.", "entity"))
			.anyMatch(q -> q.contains("described as"));
	}

	@Test
	void unnamed_whole_shapes() {
		assertThat(UnnamedWholes.leansOn("part of the consortium")).isTrue();
		assertThat(UnnamedWholes.leansOn("a member of the ruling coalition")).isTrue();
		assertThat(UnnamedWholes.leansOn("chief executive of the company")).isTrue();
		assertThat(UnnamedWholes.leansOn("chief executive of the Orbit Group")).isFalse();
		assertThat(UnnamedWholes.leansOn("Acme's part of the consortium")).isFalse();
		assertThat(UnnamedWholes.leansOn("a maker of the small engines used in lawn mowers")).isFalse();
	}

	@Test
	void a_kind_of_thing_in_two_words_is_asked_only_on_a_card() {
		assertThat(asked("The Zephyr Z3 is a single-aisle airplane, and the maker's best selling jet.", "entity"))
			.noneMatch(q -> q.startsWith("typed: What is the name of"));
		assertThat(asked("The Zephyr Z3 is a single-aisle airplane built by Zephyr Aircraft.", "entity"))
			.anyMatch(q -> q.startsWith("typed: What is the name of"));
	}

}
