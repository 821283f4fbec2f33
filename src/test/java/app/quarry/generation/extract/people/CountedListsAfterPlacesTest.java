package app.quarry.generation.extract.people;

import static app.quarry.generation.extract.people.FoundRoles.roles;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A counted plural qualified by a place ("two lawmakers from Norland,") gives each name
 * of the list after it its singular; the place is no name of the list. Operatives count
 * as people once a word qualifies them. In sentences written for the test.
 */
class CountedListsAfterPlacesTest {

	@Test
	void a_place_after_the_counted_plural_is_not_a_list_item() {
		assertThat(roles("Two lawmakers from Norland, Eva Sand and Ivo Brek, endorsed the ban."))
			.containsExactly("Eva Sand | a lawmaker", "Ivo Brek | a lawmaker");
		assertThat(roles("Two former mill workers from Leeds, Ann Holt and Ben Carr, backed the strike."))
			.containsExactly("Ann Holt | a former mill worker", "Ben Carr | a former mill worker");
		assertThat(roles("Three nurses at Upton, Ada Fox, Lou Kemp and Rae Tull, were praised."))
			.containsExactly("Ada Fox | a nurse", "Lou Kemp | a nurse", "Rae Tull | a nurse");
	}

	@Test
	void qualified_operatives_are_people() {
		assertThat(roles("A report said that two ex- CIA operatives, Rob Dane and Lia Moor, as saying it was late."))
			.containsExactly("Rob Dane | an ex- CIA operative", "Lia Moor | an ex- CIA operative");
		assertThat(roles("Two party operatives, Sid Marr and Kay Lowe, ran the campaign."))
			.containsExactly("Sid Marr | a party operative", "Kay Lowe | a party operative");
	}

}
