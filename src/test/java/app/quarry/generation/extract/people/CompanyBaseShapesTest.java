package app.quarry.generation.extract.people;

import static app.quarry.generation.extract.people.FoundOrganisations.in;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Where a company is, in the shapes business news writes beside its name: the town "of" a
 * company with a suffix, a town and its state made a qualifier, a town set off by commas
 * before the company's verb, and a qualifier before a name that opens with "First" or
 * "New". Each reads as "based in" the place; a continent in a company's own name, a
 * person or another company set off by commas do not.
 */
class CompanyBaseShapesTest {

	@Test
	void the_town_of_a_company_with_a_suffix_is_where_it_is_based() {
		assertThat(in("Larkin Foods said its sale to Harlow Trustco Ltd. of Toronto was approved."))
			.contains("Harlow Trustco Ltd. | based in Toronto");
		assertThat(in("The shares were sold to Wexley Holding PLC of Surrey, England, last month."))
			.contains("Wexley Holding PLC | based in Surrey, England");
		assertThat(in("The hotel is owned by Pelham Inns Inc., of Tucson, Ariz., and a family trust."))
			.contains("Pelham Inns Inc. | based in Tucson, Ariz.");
		assertThat(in("Corvane Inc. will buy the assets of Tessel Labs Inc. of Ridgefield, Conn., for $9 million."))
			.contains("Tessel Labs Inc. | based in Ridgefield, Conn.");
	}

	@Test
	void a_continent_after_of_is_part_of_the_company_name() {
		assertThat(in("Tinplate Co. of America said it would cut jobs.")).noneMatch(found -> found.contains("based"));
		assertThat(in("Norvale Bank of Canada Holdings Ltd. said it would cut jobs."))
			.noneMatch(found -> found.contains("based in Canada"));
	}

	@Test
	void a_town_and_its_state_made_a_qualifier_say_where_the_company_is() {
		assertThat(in("Dover, Del.-based Star Trust said it would open two branches."))
			.contains("Star Trust | based in Dover, Del.");
		assertThat(in("The merger would give Camden, N.J.-based Wexford Savings a larger market."))
			.contains("Wexford Savings | based in Camden, N.J.");
		assertThat(in("Red Bank, N.J.based Tessel Labs said it would hire."))
			.contains("Tessel Labs | based in Red Bank, N.J.");
	}

	@Test
	void a_name_after_a_qualifier_may_open_with_first_or_new() {
		assertThat(in("Tulsa, Okla.-based First of Tulsa said it will cut 13 positions."))
			.contains("First of Tulsa | based in Tulsa, Okla.");
		assertThat(in("Salt Lake City-based First Valley, with $2 billion in assets, said the deal was approved."))
			.contains("First Valley | based in Salt Lake City");
	}

	@Test
	void a_town_set_off_before_the_company_verb_is_where_it_is_based() {
		assertThat(in("Harlow Trustco Ltd., Toronto, said its profit rose 5%."))
			.contains("Harlow Trustco Ltd. | based in Toronto");
		assertThat(in("Pacific Banner Corp., New York, approved a stock buyback."))
			.contains("Pacific Banner Corp. | based in New York");
		assertThat(in("Philip Hollis Cos., New York, reported higher profit."))
			.contains("Philip Hollis Cos. | based in New York");
	}

	@Test
	void a_town_and_state_set_off_after_a_short_name_tell_where_the_company_named_before_is() {
		assertThat(
				in("Pella Wilkins Corp. agreed to be acquired. Wilkins, Duluth, Ga., is an insurance holding company."))
			.contains("Wilkins | based in Duluth, Ga.");
		assertThat(in("Brovo Inc., Garden City, N.Y., said it would cut jobs."))
			.contains("Brovo Inc. | based in Garden City, N.Y.");
	}

	@Test
	void a_short_name_no_company_was_named_by_in_full_gets_no_town() {
		assertThat(in("Smith, New York, said the market was calm.")).noneMatch(found -> found.contains("based"));
		assertThat(in("Wilkins, Duluth, Ga., is an insurance holding company."))
			.noneMatch(found -> found.contains("based"));
	}

	@Test
	void a_person_or_a_company_set_off_after_a_company_is_no_town() {
		assertThat(in("Brovo Inc., Mr. Halden, said it would cut jobs.")).noneMatch(found -> found.contains("based"));
		assertThat(in("Brovo Inc., Larvik Corp., and Halden Ltd. said they would cut jobs."))
			.noneMatch(found -> found.contains("based"));
		assertThat(in("Brovo Inc., Leeds and York, said it would cut jobs."))
			.noneMatch(found -> found.contains("based"));
	}

}
