package app.quarry.generation.extract.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What one organisation is to another, set off after its name with the other's
 * possessive: the relation is asked with its owner named, and only up to its noun.
 */
class RelationsSetOffAfterTest {

	@Test
	void a_rival_or_customer_named_with_its_owner_is_described_by_the_relation() {
		assertThat(FoundOrganisations.in("Velon Aerospace unveiled its new jet on Monday. "
				+ "The company held pages of documents from Tarrant Dynamics, Velon's rival during the 1998 contest."))
			.contains("Tarrant Dynamics | Velon's rival");
		assertThat(FoundOrganisations.in("Velon Aerospace unveiled its new jet on Monday. "
				+ "Shipments to Pacifica Airways, Velon's launch customer, should begin in May."))
			.contains("Pacifica Airways | Velon's launch customer");
	}

	@Test
	void a_persons_rival_or_a_relation_without_owner_is_left_alone() {
		assertThat(FoundOrganisations.in("Senator Jane Roe won the vote. Tom Pike, Jane Roe's rival, conceded."))
			.noneMatch(found -> found.contains("rival"));
		assertThat(FoundOrganisations.in("Acme Corp., its rival, fell.")).noneMatch(found -> found.contains("rival"));
	}

	@Test
	void its_at_the_start_of_a_sentence_is_the_company_the_sentence_before_was_about() {
		assertThat(FoundOrganisations.in("Brightwater Brewing Co. said its share rose. "
				+ "Its nearest competitor, Hollow Creek Brewing Co., had a 12% share."))
			.contains("Hollow Creek Brewing Co. | Brightwater Brewing Co.'s nearest competitor");
	}

}
