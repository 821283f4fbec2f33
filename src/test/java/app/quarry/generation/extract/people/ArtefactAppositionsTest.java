package app.quarry.generation.extract.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A named thing described after its name by a phrase that goes on with "of", or by a head
 * that names a kind of made thing when the name itself shows nothing.
 */
class ArtefactAppositionsTest {

	private static List<String> things(String body) {
		return FoundThings.thingsInBody(new ThingsSetOff(), body);
	}

	@Test
	void a_description_may_go_on_with_an_of_phrase() {
		assertThat(things("They also showed Kite 7, a fresh release of the mapping software that guides drones."))
			.containsExactly("Kite 7 | a fresh release of the mapping software that guides drones");
	}

	@Test
	void a_plain_name_is_a_thing_when_the_head_names_a_made_thing() {
		assertThat(things("Users are buzzing about Marlin, the newest version of Orbis's desktop operating system."))
			.containsExactly("Marlin | the newest version of Orbis's desktop operating system");
		assertThat(things(
				"Among the tools shown was Weaver, a graphical scripting interface that lets users automate tasks."))
			.containsExactly("Weaver | a graphical scripting interface that lets users automate tasks");
	}

	@Test
	void a_plain_name_with_a_head_for_no_made_thing_is_left_to_the_other_rules() {
		assertThat(things("Officials questioned Marlow, the target of the inquiry, on Monday.")).isEmpty();
		assertThat(things("Fans cheered for Brennan, the star of the show, at the premiere.")).isEmpty();
	}

	@Test
	void an_of_phrase_whose_owner_only_the_sentence_knows_describes_nothing() {
		assertThat(things("The firm unveiled Heron, the new version of its office suite.")).isEmpty();
	}

	@Test
	void a_word_that_opens_the_sentence_is_no_name() {
		assertThat(things("However, the newest version of the operating system is late.")).isEmpty();
	}

}
