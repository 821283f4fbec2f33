package app.quarry.generation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A word in -ing that names the kind of role ("chief operating officer", "managing
 * editor") belongs to the title before a name, in lower case or opening the sentence with
 * a capital; a verb in -ing before a title does not.
 */
class ParticiplesInTitlesTest {

	private static List<String> roles(String text, String name) {
		return ExtractedDocument.rolesOf(text, name);
	}

	@Test
	void a_title_opening_the_sentence_keeps_all_its_words() {
		assertThat(roles("Chief operating officer Nils Varro said the merger plan was sound.", "Nils Varro"))
			.containsExactly("Chief operating officer");
	}

	@Test
	void a_lower_case_title_keeps_the_word_that_says_which_role() {
		assertThat(roles("The board heard from chief operating officer Nils Varro on Friday.", "Nils Varro"))
			.containsExactly("chief operating officer");
	}

	@Test
	void a_verb_in_ing_before_the_title_is_not_part_of_it() {
		assertThat(roles("After meeting director Nils Varro, the envoys left the city.", "Nils Varro"))
			.noneMatch(role -> role.contains("meeting"));
	}

}
