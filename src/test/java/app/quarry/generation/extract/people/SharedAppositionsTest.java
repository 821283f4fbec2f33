package app.quarry.generation.extract.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * One plural description set off after a list of organisations describes each of them;
 * "whose" closes an apposition as "which" does.
 */
class SharedAppositionsTest {

	private static List<String> organisations(String text) {
		return FoundOrganisations.in(text);
	}

	@Test
	void both_and_a_plural_describe_each_name_of_the_list() {
		assertThat(organisations(
				"Granite Bank, and Lakeshore Trust, both very large U.S. regional lenders, saw their shares fall."))
			.contains("Granite Bank | a very large U.S. regional lender",
					"Lakeshore Trust | a very large U.S. regional lender");
	}

	@Test
	void which_are_all_and_a_plural_describe_each_name_of_the_list() {
		assertThat(organisations(
				"The loans will come from Alder Bank, Birchwood and Cedar Savings Trust, which are all state-run lenders."))
			.contains("Alder Bank | a state-run lender", "Birchwood | a state-run lender",
					"Cedar Savings Trust | a state-run lender");
	}

	@Test
	void a_participle_left_without_its_hyphen_still_modifies_the_plural() {
		assertThat(organisations(
				"The loans will come from Alder Bank, Birchwood and Cedar Savings Trust, which are all state run lenders."))
			.contains("Alder Bank | a state run lender", "Cedar Savings Trust | a state run lender");
	}

	@Test
	void a_single_name_or_no_plural_of_organisations_shares_nothing() {
		assertThat(organisations("Investors bought Granite Bank and Lakeshore Trust, both on Monday."))
			.noneMatch(found -> found.contains("| a "));
		assertThat(organisations("Granite Bank, both big lenders, fell.")).isEmpty();
	}

	@Test
	void whose_ends_the_apposition_as_a_relative_clause() {
		assertThat(
				organisations("Tivoli Games Inc., a once-popular toy maker whose shares peaked in 1979, filed a plan."))
			.contains("Tivoli Games Inc. | a once-popular toy maker");
	}

}
