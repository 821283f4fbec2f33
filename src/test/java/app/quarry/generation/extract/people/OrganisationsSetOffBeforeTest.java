package app.quarry.generation.extract.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * An organisation described in a phrase set off by a comma before its name, and the
 * appositions after a name that open with "another" or "part of".
 */
class OrganisationsSetOffBeforeTest {

	private static List<String> organisations(String text) {
		return FoundOrganisations.in(text);
	}

	@Test
	void a_description_set_off_before_the_name_describes_it() {
		assertThat(organisations(
				"Norland also witnessed the failure of a small shipping company, Fjordlys Coastal Shipping Company, which closed in May."))
			.contains("Fjordlys Coastal Shipping Company | a small shipping company");
		assertThat(organisations("Orbis Inc. has settled its dispute with the band's record company, Kestrel Records."))
			.contains("Kestrel Records | the band's record company");
	}

	@Test
	void a_unit_set_off_after_its_named_owner_is_that_owner_s() {
		assertThat(organisations("Tessaro Corp.'s big electronics unit, Tessaro Dynamics, said net income fell."))
			.contains("Tessaro Dynamics | Tessaro Corp.'s big electronics unit");
	}

	@Test
	void a_description_before_a_name_is_not_the_earlier_company_it_might_refer_back_to() {
		assertThat(organisations("Orbis Inc. has settled its dispute with the band's record company, Kestrel Records."))
			.noneMatch(found -> found.startsWith("Orbis Inc. |"));
	}

	@Test
	void a_phrase_that_tells_nothing_or_whose_owner_is_unknown_describes_nothing() {
		assertThat(organisations("Talks stalled, and the company, Brovo Holdings, said nothing.")).isEmpty();
		assertThat(organisations("The deal gives the firm the stake of its partner, Ridgeway Co., in a franchise."))
			.noneMatch(found -> found.contains("partner"));
		assertThat(organisations("Deliveries start next year with the first customer, Nordwind Air, in line."))
			.noneMatch(found -> found.contains("customer"));
	}

	@Test
	void an_item_of_a_list_or_an_opening_phrase_is_no_apposition() {
		assertThat(organisations("Buyers include a Dutch bank, Vandermeer Group, and two pension funds."))
			.noneMatch(found -> found.startsWith("Vandermeer Group |"));
		assertThat(organisations("At the regional bank, Halden Trust said deposits rose."))
			.noneMatch(found -> found.startsWith("Halden Trust |"));
	}

	@Test
	void another_of_a_kind_is_one_of_that_kind() {
		assertThat(organisations("Pinecrest Mutual Group, another big insurer, said last week it would close."))
			.contains("Pinecrest Mutual Group | a big insurer");
		assertThat(organisations("The move came a day after Vantor, another U.S. car maker, closed 80 dealerships."))
			.contains("Vantor | a U.S. car maker");
		assertThat(organisations("Brovo, another of the group's units, closed.")).isEmpty();
	}

	@Test
	void part_of_a_body_is_what_a_member_is() {
		assertThat(organisations("Halvard Engines, part of the consortium, is to build the wings."))
			.contains("Halvard Engines | part of the consortium");
	}

	@Test
	void a_name_set_off_with_its_article_is_described_too() {
		assertThat(FoundOrganisations
			.in("Mr Roe spoke. It suited the aims of Mr Roe's union, the Teachers Guild Association, to claim a split."))
			.contains("Teachers Guild Association | Mr Roe's union");
		assertThat(FoundOrganisations
			.in("The plan was backed by a small farming charity, the Green Fields Trust, last week."))
			.contains("Green Fields Trust | a small farming charity");
	}

	@Test
	void a_name_with_its_article_that_a_list_goes_on_from_is_no_apposition() {
		assertThat(FoundOrganisations
			.in("It also wants to sell a truck maker, the Halden Systems parts group and the Brovo brand."))
			.doesNotContain("Halden Systems | a truck maker");
	}

}
