package app.quarry.generation.extract.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A people's word before a name says where the person is from, unless a country owns the
 * person right before it: then the word is a given name.
 */
class PeoplesWordsAfterOwnersTest {

	@Test
	void a_peoples_word_before_a_name_is_a_nationality() {
		assertThat(FoundRoles.roles("The race was won by Brazilian Ortega Ruiz in record time."))
			.contains("Ortega Ruiz | a Brazilian");
	}

	@Test
	void a_peoples_word_after_a_countrys_possessive_is_no_nationality() {
		assertThat(FoundRoles.roles("Peru's German Ortega Ruiz ran beside him for the whole race."))
			.noneMatch(role -> role.endsWith("| a German"));
	}

}
