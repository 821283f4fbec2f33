package app.quarry.generation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "Who is ...?" is asked only where the sentence pairs that person with that role: not of
 * a place, not with the description of other people, not with a title that names someone
 * else.
 */
class MisreadPeopleTest {

	private static List<String> cards(String text) {
		return ExtractedDocument.questions(text)
			.stream()
			.filter(q -> q.type().equals("person") && q.format().equals("flashcard"))
			.map(q -> q.prompt() + " " + q.answer())
			.toList();
	}

	@Test
	void the_people_set_off_after_a_name_are_not_that_person() {
		assertThat(cards("Two top aides to Orlov, political adviser Ivo Sarn and Cabinet Secretary Dan Pell, left for "
				+ "Rome on Sunday. Orlov said he would follow them."))
			.noneMatch(card -> card.startsWith("Who is Orlov?"))
			.contains("Who is Ivo Sarn? political adviser");
	}

	@Test
	void a_king_named_by_his_first_name_is_not_someone_with_that_family_name() {
		assertThat(cards("President Ivan Omar ordered the border closed. After a meeting with King Omar of Veloria, "
				+ "the president said he had no hope of a deal."))
			.doesNotContain("Who is Ivan Omar? King");
	}

	@Test
	void a_bare_dean_is_a_first_name_not_a_title() {
		assertThat(cards("On April 4, 1949, the secretary of state, Dean Aster, signed the treaty in Washington."))
			.noneMatch(card -> card.endsWith("? Dean"));
	}

	@Test
	void a_place_the_document_is_in_is_no_person() {
		String text = "Ships sailed to and from Veloria, a port official said. Trade has grown since the new "
				+ "government took power in Veloria.";
		assertThat(MisreadPeople.place(text, "Veloria")).isTrue();
		assertThat(MisreadPeople.place("Voters put their trust in Ivo Sarn, who won easily.", "Ivo Sarn")).isFalse();
	}

	@Test
	void the_rest_of_a_longer_name_cut_after_a_compass_word_is_no_person() {
		assertThat(
				cards("Ned Carver, a former rider and joint master of the North Marsh Hunt, said he would ride again."))
			.noneMatch(card -> card.startsWith("Who is Marsh Hunt?"))
			.anyMatch(card -> card.startsWith("Who is Ned Carver?"));
	}

}
