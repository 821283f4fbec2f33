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
	void words_that_are_no_place_description_describe_nothing() {
		assertThat(found("The ministry sent Jane Roe, the capital's mayor, to the talks.")).isEmpty();
		assertThat(found("He moved to the city of Arvena in 1990.")).isEmpty();
		assertThat(found("The capital of Norland is Arvena.")).isEmpty();
		assertThat(found("Markets in Arvena, the capital of fashion, were busy.")).isEmpty();
	}

}
