package app.quarry.generation.extract.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The words before a later description's noun may be a list of trades set off by commas
 * or a ranked superlative; a class of shares in between names no other company; and the
 * place in such a description is never taken for a company of its own.
 */
class CompanyDescriptionModifiersTest {

	private static final String HEAD = "Title\n\nMarch 03, 1998\n\n";

	private static List<String> organisations(String text) {
		return FoundOrganisations.in(HEAD + text);
	}

	@Test
	void trades_listed_with_commas_before_the_noun_are_one_description() {
		assertThat(organisations("Brovex International PLC said that net income slipped 5% to $9 million.\n"
				+ "The Danish paper, packaging and printing concern said profit fell 10%."))
			.contains("Brovex International PLC | the Danish paper, packaging and printing concern");
	}

	@Test
	void a_comma_with_no_and_closing_a_list_ends_the_description() {
		assertThat(organisations("Brovex International PLC said that net income slipped 5% to $9 million.\n"
				+ "The Danish paper, which rose 10%, said profit fell."))
			.noneMatch(fact -> fact.contains("paper,"));
	}

	@Test
	void a_rank_before_the_superlative_is_part_of_it() {
		assertThat(organisations("Brovex Systems Inc. said net income slipped 5% to $9 million.\n"
				+ "The nation's fifth largest steel producer said profit fell 10%."))
			.contains("Brovex Systems Inc. | the nation's fifth largest steel producer");
	}

	@Test
	void a_class_of_shares_is_no_other_company_the_description_could_mean() {
		assertThat(organisations("Brovex Systems Inc. said it plans to raise money through a private placement. "
				+ "Brovex added that holders may swap their notes for Class B shares. "
				+ "A spokesman for the Denver cable television and telephone concern said the rate is not fixed."))
			.contains("Brovex Systems Inc. | the Denver cable television and telephone concern");
	}

	@Test
	void the_place_of_a_later_description_is_not_a_company_described_by_it() {
		assertThat(organisations("Brovex Systems Inc. said it plans to raise money through a private placement. "
				+ "A spokesman for the Denver cable concern said the rate is not fixed."))
			.noneMatch(fact -> fact.startsWith("Denver |"));
	}

	@Test
	void a_name_before_a_noun_that_is_no_company_noun_is_still_described() {
		assertThat(organisations("Prices rose, the Reuters news agency reported on Monday."))
			.contains("Reuters | news agency");
	}

}
