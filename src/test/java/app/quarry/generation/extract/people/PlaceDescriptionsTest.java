package app.quarry.generation.extract.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * What a place is, told in an apposition after its name or in the words before it, the
 * way news and wire stories name a capital, a city or a province.
 */
class PlaceDescriptionsTest {

	private static List<String> found(String text) {
		return FoundOrganisations.in(text);
	}

	@Test
	void a_capital_set_off_after_the_city_says_of_which_country() {
		assertThat(found("At least 40 people were killed in Arvena, the capital of Norland, and 200 were hurt."))
			.contains("Arvena | the capital of Norland");
		assertThat(found("The news was confirmed from Dunmere, the capital of Ostland, which denied any role."))
			.contains("Dunmere | the capital of Ostland");
		assertThat(found("A bomb went off near the embassy in Port es Caris, the capital of Westria."))
			.contains("Port es Caris | the capital of Westria");
	}

	@Test
	void a_capital_named_after_the_country_adjective_is_that_country_capital() {
		assertThat(found("A car bomb went off outside the embassy in the Norlandic capital Belmont-on-Vey."))
			.contains("Belmont-on-Vey | the Norlandic capital");
		assertThat(found("At least six were reported dead in the Westrian capital of Port es Caris, and 12 were hurt."))
			.contains("Port es Caris | the Westrian capital");
		assertThat(found("Talks resumed in Arvena, the Norlandic capital, on Friday."))
			.contains("Arvena | the Norlandic capital");
	}

	@Test
	void a_country_possessive_capital_is_the_capital_of_that_country() {
		assertThat(found("Ostland's capital, Dunmere, was quiet on Sunday."))
			.contains("Dunmere | the capital of Ostland");
	}

	@Test
	void the_capital_alone_says_only_that_the_city_is_a_capital() {
		assertThat(found("In cities, such as the capital Tolvik, women are barred from work."))
			.contains("Tolvik | a capital city");
	}

	@Test
	void a_province_or_a_town_is_one_of_many_in_its_country() {
		assertThat(found("More heavy fighting was reported in the Ostlandic province of Vetra."))
			.contains("Vetra | an Ostlandic province");
		assertThat(found("Talks were held in Kessel, a town in Westria, on Friday."))
			.contains("Kessel | a town in Westria");
		assertThat(found("Residents of Harlow, the largest city in Norland, stayed home."))
			.contains("Harlow | the largest city in Norland");
	}

	@Test
	void a_capital_or_a_place_owned_by_its_country_with_words_of_its_kind_is_described_with_that_country() {
		assertThat(found("Riot police deployed in Norland's southern commercial capital Vetra to break up a rally."))
			.contains("Vetra | the southern commercial capital of Norland");
		assertThat(found("The navy may extend its blockade to Ostland's Red Sea port of Dunmere."))
			.contains("Dunmere | a Red Sea port in Ostland");
		assertThat(found("Talks went on in Arvena, Norland's capital, on Friday."))
			.contains("Arvena | the capital of Norland");
		assertThat(found("Residents of Harlow, Westria's largest city, stayed home."))
			.contains("Harlow | the largest city in Westria");
	}

	@Test
	void an_owned_place_with_a_word_the_lists_do_not_know_or_a_company_owner_describes_nothing() {
		// "beloved" may be an opinion; "commercial capital" is no capital of the country
		assertThat(found("The embassy stood near the center of Arvena, Norland's beloved capital, by the sea."))
			.noneMatch(fact -> fact.startsWith("Arvena"));
		assertThat(found("Brovex Corp.'s Ohio district of Vetra closed.")).noneMatch(fact -> fact.startsWith("Vetra"));
		assertThat(found("Vetra, Norland's northern city, was quiet.")).noneMatch(fact -> fact.startsWith("Vetra"));
	}

	@Test
	void a_capital_set_off_by_commas_after_the_capital_is_a_capital_city() {
		assertThat(found("Meanwhile in the capital, Tolvik, a few hundred people laid a wreath at the embassy."))
			.contains("Tolvik | a capital city");
		assertThat(found("His supporters began a rally in the capital, Dunmere, to urge him to run."))
			.contains("Dunmere | a capital city");
	}

	@Test
	void the_capital_before_a_list_or_a_new_clause_names_no_capital() {
		assertThat(found("Troops were sent to the capital, Tolvik, Vetra and Arvena.")).isEmpty();
		assertThat(found("In the capital, Tolvik police said the march was calm.")).isEmpty();
	}

	@Test
	void a_suburb_named_after_its_city_is_a_suburb_of_that_city() {
		assertThat(found("Gardeners found a coin hoard buried near a pond in the Harlow suburb of Kessel."))
			.contains("Kessel | a Harlow suburb");
	}

	@Test
	void a_place_named_after_the_kind_of_place_it_is_is_one_of_that_kind() {
		assertThat(found("He moved to the city of Arvena in 1990.")).containsExactly("Arvena | a city");
		assertThat(found("Floods hit the island of Vetra on Monday.")).containsExactly("Vetra | an island");
	}

	@Test
	void words_that_are_no_place_description_describe_nothing() {
		assertThat(found("The ministry sent Jane Roe, the capital's mayor, to the talks.")).isEmpty();
		assertThat(found("The capital of Norland is Arvena.")).isEmpty();
		assertThat(found("Markets in Arvena, the capital of fashion, were busy.")).isEmpty();
	}

}
