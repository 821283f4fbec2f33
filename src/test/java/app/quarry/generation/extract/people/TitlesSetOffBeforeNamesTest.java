package app.quarry.generation.extract.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A title written before a name and set off from it by a comma: an owner's title in
 * capitals ("Orlan's Chief Executive Officer, Marcus Quint,") and an employer's title
 * with no article after a verb of speech ("said Grey Owl Trading chief strategist, Jo
 * Lind."), each in an invented sentence.
 */
class TitlesSetOffBeforeNamesTest {

	@Test
	void an_owners_title_written_in_capitals() {
		assertThat(FoundRoles.roles(
				"The plan, the brainchild of Orlan's Chief Executive Officer, Marcus Hale Quint, is to end the losses."))
			.contains("Marcus Hale Quint | Orlan's Chief Executive Officer");
	}

	@Test
	void an_employers_title_after_a_verb_of_speech() {
		assertThat(FoundRoles.roles("\"It is bad,\" said Grey Owl Trading chief market strategist, Peter Vantongeren."))
			.contains("Peter Vantongeren | Grey Owl Trading chief market strategist");
		assertThat(FoundRoles.roles("\"It is bad,\" said Orlan chief executive, Peter Vantongeren, on Monday."))
			.contains("Peter Vantongeren | Orlan chief executive");
	}

	@Test
	void no_employers_title_where_the_name_is_not_closed() {
		assertThat(FoundRoles.roles("\"It is bad,\" said Orlan chief executive, Peter Vantongeren and Jo Lind."))
			.noneMatch(found -> found.contains("Orlan chief executive"));
		assertThat(FoundRoles.roles("\"It is bad,\" said Orlan, Peter Vantongeren and Jo Lind."))
			.noneMatch(found -> found.contains("Orlan"));
	}

}
