package app.quarry.generation.extract.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A place introduced by the noun for its kind and a naming word ("called", "named",
 * "known as") is described by the words from the article to that noun; a noun for a
 * person or a thing, or "the" before a naming word that may be a verb, describes no
 * place.
 */
class PlacesCalledByNameTest {

	private static List<String> found(String text) {
		return FoundOrganisations.in(text);
	}

	@Test
	void a_place_noun_before_a_naming_word_describes_the_name() {
		assertThat(found("The crew filmed in a small village called Larkwood Falls last summer."))
			.contains("Larkwood Falls | a small village");
		assertThat(found("She grew up in a mining town named Corran Ridge in the north."))
			.contains("Corran Ridge | a mining town");
		assertThat(found("The rebels hid in a coastal city dubbed Port Nowhere by sailors."))
			.contains("Port Nowhere | a coastal city");
		assertThat(found("We stopped in a little town called Marlow Bridge, which surprised us."))
			.contains("Marlow Bridge | a little town");
	}

	@Test
	void known_as_may_follow_the_definite_article() {
		assertThat(found("They drove through the remote district known as the Red Hills last spring."))
			.contains("Red Hills | a remote district");
	}

	@Test
	void a_person_or_a_thing_is_no_place() {
		assertThat(found("Officials sent a man named Joe Pesk to the border."))
			.noneMatch(f -> f.startsWith("Joe Pesk"));
		assertThat(found("The rebels used a device called Tarn to test recruits."))
			.noneMatch(f -> f.startsWith("Tarn |"));
	}

	@Test
	void a_naming_word_after_the_may_be_a_verb() {
		assertThat(found("The state named Acme Builders as its contractor on Friday."))
			.noneMatch(f -> f.contains("| a state") || f.contains("| the state"));
	}

}
