package app.quarry.generation.extract.people;

import static app.quarry.generation.extract.people.FoundRoles.roles;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Business-news shapes of a company's people and of what a company is, each in an
 * invented sentence: a role owned by a company whose name ends in "Inc.", a verb after a
 * name set off by commas, a holder after the noun of an apposition, a partnership, and
 * the city and state a story sets off after a company's name.
 */
class CompanyPeopleAndPlacesShapesTest {

	@Test
	void a_role_is_owned_by_a_company_whose_suffix_ends_in_a_period() {
		assertThat(roles("Quist Inc.'s chief financial officer, Paul Dorne, resigned last week."))
			.containsExactly("Paul Dorne | Quist Inc.'s chief financial officer");
	}

	@Test
	void a_verb_after_a_name_set_off_by_commas_opens_no_apposition() {
		assertThat(roles("Quist Inc.'s chief financial officer, Paul Dorne, resigned and its chairman, Rita Hagen, "
				+ "is stepping in."))
			.noneMatch(found -> found.contains("resigned"));
	}

	@Test
	void its_role_set_off_before_a_name_is_held_at_the_one_company_the_sentence_names() {
		assertThat(roles("Quist Inc.'s chief financial officer, Paul Dorne, resigned and its chairman, Rita Hagen, "
				+ "is stepping in."))
			.contains("Rita Hagen | chairman of Quist Inc.");
	}

	@Test
	void its_role_is_left_unowned_when_the_sentence_names_two_companies() {
		assertThat(roles("Quist Inc. agreed to buy Larvik Corp., and its chairman, Rita Hagen, will stay."))
			.noneMatch(found -> found.startsWith("Rita Hagen"));
	}

	@Test
	void a_past_participle_before_a_noun_still_opens_an_apposition() {
		assertThat(roles("Jon Hale, retired chairman of the bank, said the loss was small."))
			.containsExactly("Jon Hale | retired chairman of the bank");
	}

	@Test
	void who_controls_an_organisation_belongs_to_its_apposition() {
		assertThat(FoundOrganisations.in("Seagrove, the Dallas oil and gas concern controlled by the Farrel family, "
				+ "said it would sell assets."))
			.contains("Seagrove | the Dallas oil and gas concern controlled by the Farrel family");
	}

	@Test
	void a_partnership_is_an_organisation() {
		assertThat(FoundOrganisations.in("Tavira Partners, a Nevada limited partnership, owns the hotel."))
			.contains("Tavira Partners | a Nevada limited partnership");
	}

	@Test
	void a_city_and_state_set_off_after_a_company_tell_where_it_is_based() {
		assertThat(FoundOrganisations.in("Halbrook Inc., Fresno, Calif., said it bought 1.2 million of its shares."))
			.contains("Halbrook Inc. | based in Fresno, Calif.");
	}

	@Test
	void a_place_after_a_name_that_is_no_company_is_left_alone() {
		assertThat(FoundOrganisations.in("We met Dana Lee, Fresno, Calif., said the clerk."))
			.noneMatch(found -> found.contains("Fresno"));
	}

}
