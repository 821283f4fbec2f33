package app.quarry.generation.extract.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "the southern Acme region of Kenya" tells where a region lies: after a kind of place a
 * country holds (a region, a province, a town) "of" and a country's name names the
 * country that holds it, and the country is not described as that kind of place. A
 * place's own name after "of" is still described.
 */
class PlacesInsideCountriesTest {

	@Test
	void a_country_after_a_part_of_a_country_is_not_that_part() {
		assertThat(FoundOrganisations.in("The men were seized on a road in the southern Lower Acme region of Kenya."))
			.noneMatch(fact -> fact.startsWith("Kenya | "));
		assertThat(FoundOrganisations.in("Rebels still hold the northern region of Somalia."))
			.noneMatch(fact -> fact.startsWith("Somalia | "));
		assertThat(FoundOrganisations.in("Fighting spread to the remote Westfold province of Peru on Sunday."))
			.noneMatch(fact -> fact.startsWith("Peru | "));
		assertThat(FoundOrganisations.in("The clinic is in the coastal town of Norway's far north."))
			.noneMatch(fact -> fact.startsWith("Norway | "));
	}

	@Test
	void a_place_named_after_its_kind_is_still_described() {
		assertThat(FoundOrganisations.in("The aid was flown to the southern province of Helmand on Monday."))
			.contains("Helmand | a southern province");
		assertThat(FoundOrganisations.in("She was born in the US state of Ohio in 1950."))
			.contains("Ohio | a US state");
		assertThat(FoundOrganisations.in("Troops crossed into the tiny kingdom of Arvenia on Friday."))
			.contains("Arvenia | a tiny kingdom");
	}

}
