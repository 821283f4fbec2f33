package app.quarry.generation.extract.people;

import org.junit.jupiter.api.Test;

import static app.quarry.generation.extract.people.FoundRoles.roles;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A country in the possessive before a list of people's names says where every one of
 * them is from ("Norway's Anna Lund, Per Vik and Ola Berg scored"), as sport reports name
 * a side's players. In sentences written for the test.
 */
class CountryOwnedListsTest {

	@Test
	void every_name_in_a_list_after_a_country_is_someone_from_it() {
		assertThat(roles("Portugal's Thomas Carter, Lucas Moreau, Hugo Brandt and Peter Lenz all went close."))
			.contains("Thomas Carter | someone from Portugal", "Lucas Moreau | someone from Portugal",
					"Hugo Brandt | someone from Portugal", "Peter Lenz | someone from Portugal");
	}

	@Test
	void two_names_joined_by_and_share_the_country() {
		assertThat(roles("Norway's Anna Lund and Peter Vik missed early chances."))
			.contains("Anna Lund | someone from Norway", "Peter Vik | someone from Norway");
		assertThat(roles("Kenya's Mary Otieno, Axo Ferrand, and Romo Lukeba led the field.")).contains(
				"Mary Otieno | someone from Kenya", "Axo Ferrand | someone from Kenya",
				"Romo Lukeba | someone from Kenya");
	}

	@Test
	void one_known_person_in_the_list_makes_the_others_people_too() {
		assertThat(roles("Chile's Axo Ferrand, Romo Lukeba and Thomas Carter had shots saved."))
			.contains("Axo Ferrand | someone from Chile", "Romo Lukeba | someone from Chile");
	}

	@Test
	void firms_listed_after_a_country_are_no_people() {
		assertThat(roles("Japan's Valmont Ricard and Nordhaus Telemark reported higher profits.")).isEmpty();
	}

	@Test
	void a_member_with_a_body_or_a_word_of_its_own_breaks_the_list() {
		assertThat(roles("Norway's Anna Lund and Peter Vik of Acme met on Monday."))
			.noneMatch(role -> role.startsWith("Peter Vik | someone from"));
		assertThat(roles("Norway's Anna Lund and independent Peter Vik met on Monday."))
			.noneMatch(role -> role.startsWith("Peter Vik | someone from"));
	}

	@Test
	void a_list_after_a_body_that_is_no_country_gets_no_country() {
		assertThat(roles("The Bank of France's Anna Lund, Peter Vik and Mary Otieno spoke."))
			.noneMatch(role -> role.contains("someone from France"));
	}

}
