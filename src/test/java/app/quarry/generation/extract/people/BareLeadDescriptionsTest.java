package app.quarry.generation.extract.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A sentence may open on a description with no article, set off by commas before the name
 * it describes: a role for a person, a kind of organisation for a company.
 */
class BareLeadDescriptionsTest {

	@Test
	void a_bare_role_before_a_name_set_off_by_commas_is_the_persons_role() {
		assertThat(FoundRoles.roles("Fjordair CEO, Lars Hemmingsen, justified the choice on Monday."))
			.contains("Lars Hemmingsen | Fjordair CEO");
		assertThat(FoundRoles.roles("Union chief negotiator, Mara Lind, said the union would strike."))
			.contains("Mara Lind | union chief negotiator");
	}

	@Test
	void a_bare_kind_of_organisation_before_its_name_describes_it() {
		assertThat(FoundOrganisations.in("Norwegian budget airline, Fjordair, announced today that it is buying jets."))
			.contains("Fjordair | Norwegian budget airline");
		assertThat(FoundOrganisations.in("Portuguese aircraft maker, Aerolus, has won an order from Gulf Wings."))
			.contains("Aerolus | Portuguese aircraft maker");
	}

	@Test
	void an_opening_phrase_an_adverb_or_an_unclosed_name_is_no_description() {
		assertThat(FoundRoles.roles("Meanwhile chief executive, Lars Hemmingsen, left.")).isEmpty();
		assertThat(FoundOrganisations.in("In March, Fjordair announced a loss.")).isEmpty();
		assertThat(FoundOrganisations.in("Last year, Fjordair bought five jets.")).isEmpty();
		assertThat(FoundOrganisations.in("Budget airline, Fjordair and Skyways announced a merger.")).isEmpty();
	}

}
