package app.quarry.generation.extract.people;

import static app.quarry.generation.extract.people.FoundRoles.roles;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A role in the plural before a list of names each given with the place of the post: each
 * person holds the post of their own place.
 */
class RolesListedByPlaceTest {

	@Test
	void each_name_in_a_list_after_a_plural_role_holds_the_post_of_its_own_place() {
		assertThat(roles("The two trade ministers, Karel Novak of Slovakia and Lena Marsh of Ireland, met on Monday."))
			.containsExactly("Karel Novak | trade minister of Slovakia", "Lena Marsh | trade minister of Ireland");
	}

	@Test
	void a_list_joined_to_the_plural_by_of_reads_the_same_and_keeps_an_article_inside_a_place() {
		assertThat(roles("In the hall, the three trade ministers of Karel Novak of Slovakia, Lena Marsh of Ireland "
				+ "and Tom Fenn of the United Kingdom signed the pact."))
			.containsExactly("Karel Novak | trade minister of Slovakia", "Lena Marsh | trade minister of Ireland",
					"Tom Fenn | trade minister of the United Kingdom");
	}

	@Test
	void a_name_run_that_starts_before_the_person_is_no_such_list() {
		assertThat(roles("Members of Congress John Smith of Texas and Jane Doe of Ohio voted no.")).isEmpty();
	}

	@Test
	void a_single_name_with_its_place_is_no_list() {
		assertThat(roles("The trade ministers met Karel Novak of Slovakia on Monday.")).isEmpty();
	}

}
