package app.quarry.generation.extract.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * An apposition whose noun a phrase of its own follows says what the organisation is by
 * its noun phrase; a bare noun of a trade before a name says it too; and web businesses
 * are organisations by their nouns.
 */
class PostmodifiedAndTradeOrganisationsTest {

	@Test
	void an_apposition_followed_by_a_phrase_of_its_own_gives_its_noun_phrase() {
		assertThat(FoundOrganisations
			.in("Brovo, the Danish toy group at the heart of last year's pricing scandal, has reported a loss."))
			.contains("Brovo | the Danish toy group");
		assertThat(FoundOrganisations
			.in("Halden Inc., a private-banking firm with offices in nine countries, agreed to the deal."))
			.contains("Halden Inc. | a private-banking firm");
	}

	@Test
	void a_rank_among_organisations_of_a_kind_is_kept_whole() {
		assertThat(FoundOrganisations.in("Renco, the third of the four big Dutch bicycle makers, beat forecasts."))
			.contains("Renco | the third of the four big Dutch bicycle makers");
	}

	@Test
	void a_rank_among_things_that_are_no_organisations_is_no_description() {
		assertThat(FoundOrganisations.in("Renco, the largest of the three bids, was rejected."))
			.noneMatch(found -> found.startsWith("Renco |"));
	}

	@Test
	void a_noun_that_needs_another_organisation_or_a_bare_noun_is_no_description() {
		assertThat(FoundOrganisations.in("Renco, a rival to Brovo with offices in Texas, said it would bid."))
			.noneMatch(found -> found.startsWith("Renco |"));
		assertThat(FoundOrganisations.in("The land was sold to Renco, a firm with offices in Texas."))
			.noneMatch(found -> found.startsWith("Renco |"));
	}

	@Test
	void a_phrase_that_holds_a_clause_is_no_apposition() {
		assertThat(FoundOrganisations
			.in("Renco, the toy group at the heart of what was said in court, has reported a loss."))
			.noneMatch(found -> found.startsWith("Renco |"));
	}

	@Test
	void a_bare_trade_noun_before_a_name_describes_it() {
		assertThat(FoundOrganisations.in("The family is weighing the sale of another of its shops, retailer Bellmead."))
			.contains("Bellmead | a retailer");
		assertThat(FoundOrganisations.in("Shares in carmaker Renco fell sharply on Monday."))
			.contains("Renco | a carmaker");
	}

	@Test
	void a_bare_noun_that_tells_no_trade_describes_nothing() {
		assertThat(FoundOrganisations.in("Shares in company Renco fell sharply on Monday."))
			.noneMatch(found -> found.startsWith("Renco |"));
	}

	@Test
	void an_abbreviation_before_the_noun_is_no_pronoun() {
		assertThat(FoundOrganisations.in("The study was paid for by IT firm Netcore Data, which sells servers."))
			.contains("Netcore Data | IT firm");
	}

	@Test
	void a_web_address_is_named_whole() {
		assertThat(FoundOrganisations.in("For instance, Texas-based Shopnow.com holds a patent on quick ordering."))
			.contains("Shopnow.com | based in Texas");
		assertThat(
				FoundOrganisations.in("Visitors to Kestrel.co.uk, the country's biggest garden retailer, complained."))
			.contains("Kestrel.co.uk | the country's biggest garden retailer");
	}

	@Test
	void web_businesses_are_described_by_their_nouns() {
		assertThat(FoundOrganisations.in("The study was paid for by net provider Zentrix."))
			.contains("Zentrix | net provider");
		assertThat(FoundOrganisations.in("Web portal Zentrix Europe reported a rise in junk mail."))
			.contains("Zentrix Europe | Web portal");
		assertThat(FoundOrganisations.in("Its shares rose after search engine Zentrix said it would buy the firm."))
			.contains("Zentrix | search engine");
	}

}
