package app.quarry.generation.extract.people;

import static app.quarry.generation.extract.people.FoundRoles.roles;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "his" or "her" before a relative's name stands for the one person of that gender the
 * sentence names before it, whoever the sentence before was about; where the sentence
 * names two who could own the relative, no owner is given. In sentences written for the
 * test.
 */
class OwnersNamedInTheSentenceTest {

	@Test
	void the_one_man_the_sentence_names_before_his_is_the_owner() {
		assertThat(roles("Westrian President Tom Grady opened the port. "
				+ "On Monday a gunman named Carl Voss shot his father Henrik Voss and then fled."))
			.contains("Henrik Voss | Carl Voss' father")
			.noneMatch(role -> role.contains("Tom Grady's father"));
	}

	@Test
	void the_owner_named_last_keeps_the_relative() {
		assertThat(roles("Tom Grady, accompanied by his wife Laila Grady, began a tour of the coast."))
			.contains("Laila Grady | Tom Grady's wife");
	}

	@Test
	void two_men_before_his_give_the_relative_no_owner() {
		assertThat(roles("Ivo Marek met Tom Grady and his brother Karl Grady at the harbour."))
			.noneMatch(role -> role.contains("'s brother") || role.contains("' brother"));
	}

}
