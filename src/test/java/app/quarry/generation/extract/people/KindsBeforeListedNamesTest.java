package app.quarry.generation.extract.people;

import static app.quarry.generation.extract.people.FoundRoles.roles;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A plural kind of person right before a list of names after "like" or "such as" gives
 * each name that kind in the singular, when the plural follows a preposition; "like"
 * after a plural subject is a verb and gives nothing.
 */
class KindsBeforeListedNamesTest {

	@Test
	void each_name_listed_after_a_plural_kind_and_like_is_one_of_that_kind() {
		assertThat(roles("The hall filled up, joined by celebrity guests like Jane Roe, Tom Hale, and Ann Lee."))
			.contains("Jane Roe | a celebrity guest", "Tom Hale | a celebrity guest", "Ann Lee | a celebrity guest");
		assertThat(roles("The fair opened with speakers such as Ida Stone and Carl Moss on the stage."))
			.contains("Ida Stone | a speaker", "Carl Moss | a speaker");
		assertThat(roles("The festival welcomed guests such as Nora Quill and Owen Marsh on its last night."))
			.contains("Nora Quill | a guest", "Owen Marsh | a guest");
	}

	@Test
	void like_after_a_plural_subject_is_a_verb_and_gives_no_kind() {
		assertThat(roles("Many viewers like Jane Roe's films, a survey of the town found."))
			.noneMatch(line -> line.startsWith("Jane Roe"));
		assertThat(roles("The retired fans like Jane Roe and Tom Hale.")).noneMatch(line -> line.contains("fan"));
	}

}
