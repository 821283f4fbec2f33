package app.quarry.generation.extract.people;

import static app.quarry.generation.extract.people.FoundRoles.roles;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A name between a firm's possessive and the noun for a business it owns ("Orbit S.A.'s
 * Orbit Foods unit") is the unit's, not a person who works at the firm.
 */
class UnitsOwnedInThePossessiveTest {

	@Test
	void a_name_before_a_unit_noun_is_no_person() {
		assertThat(roles("Harlow Biscuits Inc. agreed to sell its candy brands to Orbit S.A.'s Orbit Foods unit "
				+ "for $30 million."))
			.noneMatch(role -> role.startsWith("Orbit Foods"));
		assertThat(roles("Quist Bank's Lamplight Homes subsidiary will cut 200 jobs."))
			.noneMatch(role -> role.startsWith("Lamplight Homes"));
	}

	@Test
	void a_person_after_a_firms_possessive_still_works_there() {
		assertThat(roles("\"Sales will rise,\" said Halden and Marsh's Greta Lind."))
			.contains("Greta Lind | someone from Halden and Marsh");
	}

	@Test
	void a_company_described_after_an_owned_unit_may_be_its_owner_so_it_is_not_given_to_the_unit() {
		assertThat(FoundOrganisations.in("Southern's Delta Power unit could settle this month over the charges. "
				+ "The pact would end an inquiry into the Ohio-based company."))
			.noneMatch(fact -> fact.startsWith("Delta Power | the Ohio-based company"));
	}

}
