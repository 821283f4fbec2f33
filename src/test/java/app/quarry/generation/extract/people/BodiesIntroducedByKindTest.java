package app.quarry.generation.extract.people;

import static app.quarry.generation.extract.people.FoundRoles.roles;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A name the story introduces with a noun for its kind of body is a body's wherever else
 * it stands: after a person's name with "of" or "from", or in the possessive before one.
 * A noun that names people as often ("producer") introduces no body.
 */
class BodiesIntroducedByKindTest {

	@Test
	void a_name_introduced_as_a_group_is_the_affiliation_of_a_person_of_it() {
		assertThat(roles("The campaign group Parents First held a rally. Jane Roe of Parents First was arrested."))
			.contains("Jane Roe | someone from Parents First");
		assertThat(roles("Tom Hale from Bright Path lost his seat. The party Bright Path won two others."))
			.contains("Tom Hale | someone from Bright Path");
		assertThat(roles("The band Night Owls split in May; Carl Moss of Night Owls, its drummer, left first."))
			.contains("Carl Moss | someone from Night Owls");
	}

	@Test
	void a_name_introduced_as_a_group_owns_a_person_in_the_possessive() {
		assertThat(roles("The union Red Harbour met on Monday. Activists from the left, Kim Lau and "
				+ "Red Harbour's Yan Ho, were elected."))
			.contains("Yan Ho | someone from Red Harbour")
			.noneMatch(line -> line.contains("someone from Kim Lau"));
		assertThat(roles("Winners were Ida Stone and Redharbour's Nils Berg. The union Redharbour is a year old."))
			.contains("Nils Berg | someone from Redharbour");
	}

	@Test
	void a_name_never_introduced_as_a_body_or_introduced_by_a_word_for_people_gives_nothing() {
		assertThat(roles("Jane Roe of Ashgrove Heights was arrested at the rally."))
			.noneMatch(line -> line.contains("someone from"));
		assertThat(roles("Producer Tom Hale said the film was done; Ann Lee of Tom Hale was not there."))
			.noneMatch(line -> line.contains("someone from"));
	}

}
