package app.quarry.generation.extract;

import org.junit.jupiter.api.Test;

import static app.quarry.generation.extract.CountFinderTest.counts;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Numbers that measure or name rather than count, each sentence invented for the test:
 * the parts of a height or a time, the term of a bond or loan, and pounds that weigh.
 */
class MeasuresAndTermsTest {

	@Test
	void the_parts_of_a_compound_measure_are_no_counts() {
		assertThat(counts("The suspect is 6 feet, 2 inches tall and has 3 brothers.")).containsExactly("3=3 brother");
		assertThat(counts("The winner finished in 2 hours and 8 minutes, ahead of 40 rivals."))
			.containsExactly("40=40 rival");
	}

	@Test
	void a_compound_measure_is_found_wherever_its_unit_begins_a_word() {
		assertThat(counts("(6 feet, 2 inches) was his height, and 3 brothers came.")).containsExactly("3=3 brother");
		assertThat(counts("Heights:\n6 feet, 2 inches\nand 3 brothers.")).containsExactly("3=3 brother");
	}

	@Test
	void a_converted_weight_needs_its_parenthesis() {
		assertThat(counts("The charity sent 800 pounds (360 kilograms) of rice.")).contains("800=800 pound");
		assertThat(counts("The charity sent 800 pounds, 360 kilograms of rice.")).doesNotContain("800=800 pound");
	}

	@Test
	void a_time_that_is_no_compound_measure_still_counts() {
		assertThat(counts("The talks lasted 9 hours, and 12 minutes later the envoys left."))
			.containsExactly("9=9 hour", "12=12 minute");
	}

	@Test
	void the_term_of_a_bond_note_mortgage_or_loan_names_the_debt() {
		assertThat(counts("The yield on the benchmark 10-year Treasury note rose, and the 30-year bond fell."))
			.isEmpty();
		assertThat(counts("Rates on 15-year fixed-rate mortgages fell, and the bank offered a five-year loan."))
			.isEmpty();
	}

	@Test
	void a_term_of_anything_but_debt_still_counts_its_years() {
		assertThat(counts("The region suffered a 30-year drought and a 10-year growth rate decline."))
			.containsExactly("30=30 year", "10=10 year");
	}

	@Test
	void pounds_converted_to_a_weight_or_weighed_are_counted_as_a_weight() {
		assertThat(counts("The charity sent 800 pounds (360 kilograms) of rice.")).contains("800=800 pound");
		assertThat(counts("The boxer weighed 147 pounds.")).containsExactly("147=147 pound");
		assertThat(counts("The suspect weighs 180 to 200 pounds.")).containsExactly("180=180 pound");
	}

	@Test
	void pounds_that_pay_are_still_money() {
		assertThat(counts("The club paid 800 pounds for the kit.")).isEmpty();
	}

	@Test
	void an_age_after_a_full_name_may_end_the_sentence() {
		assertThat(counts("The body belonged to Martin Ross, 52.")).containsExactly("52=52 year");
		assertThat(counts("Most cases were in Texas, 52.")).isEmpty();
	}

}
