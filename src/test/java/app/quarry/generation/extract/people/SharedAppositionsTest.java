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
				"The cash will flow through Alder Bank, Birchwood and Cedar Savings Bank, which are all state-run banks."))
			.contains("Alder Bank | a state-run bank", "Birchwood | a state-run bank",
					"Cedar Savings Bank | a state-run bank");
	}

	@Test
	void a_participle_left_without_its_hyphen_still_modifies_the_plural() {
		assertThat(organisations(
				"The cash will flow through Alder Bank, Birchwood and Cedar Savings Bank, which are all state run banks."))
			.contains("Alder Bank | a state run bank", "Cedar Savings Bank | a state run bank");
	}

	@Test
	void a_single_name_or_no_plural_of_organisations_shares_nothing() {
		assertThat(organisations("Investors bought Granite Bank and Lakeshore Trust, both on Monday."))
			.noneMatch(found -> found.contains("| a "));
		assertThat(organisations("Granite Bank, both big lenders, fell.")).isEmpty();
	}

	@Test
	void whose_ends_the_apposition_as_a_relative_clause() {
		assertThat(organisations(
				"Tivoli Industries Inc., a once high-flying toy maker whose stock peaked in 1983, filed a plan."))
			.contains("Tivoli Industries Inc. | a once high-flying toy maker");
	}

}
