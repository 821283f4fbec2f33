package app.quarry.generation.extract.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * An apposition after a named thing whose head a participle phrase follows: the phrase
 * belongs to the description when it is closed and holds no verb of its own.
 */
class ThingsWithParticiplePhrasesTest {

	private static List<String> things(String body) {
		return FoundThings.thingsInBody(new ThingsSetOff(), body);
	}

	@Test
	void a_participle_phrase_after_the_head_is_part_of_the_description() {
		assertThat(things("The Harrow Index, a share index used to gauge small firms, fell 3% on Monday."))
			.contains("the Harrow Index | a share index used to gauge small firms");
		assertThat(things("Kestrel also unveiled the Z9, a new handset using cheaper memory chips."))
			.contains("the Z9 | a new handset using cheaper memory chips");
	}

	@Test
	void a_participle_phrase_with_a_verb_of_its_own_left_open_or_modifying_a_body_gives_nothing() {
		assertThat(things("Kestrel unveiled the Z9, a handset used by millions who said it was fine."))
			.noneMatch(found -> found.startsWith("Z9"));
		assertThat(things("Kestrel unveiled the Z9, a handset used.")).noneMatch(found -> found.startsWith("Z9"));
		assertThat(things("Kestrel bought the Z9, a fast growing software firm."))
			.noneMatch(found -> found.startsWith("Z9"));
	}

}
