package app.quarry.generation.extract;

import org.junit.jupiter.api.Test;

import static app.quarry.generation.extract.CountFinderTest.counts;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bare number that a plural subject rose to, numbered or totalled counts that subject,
 * a crowd that swelled to a number counts people and the toll counts deaths; amounts of
 * money, measures, years and shares are not counted that way.
 */
class CountsOfASubjectAtALevelTest {

	@Test
	void the_level_a_plural_subject_rose_to_counts_that_subject() {
		assertThat(counts("Cases of the fever rose to 41 on Monday.")).containsExactly("41=41 case");
		assertThat(counts("Arrests in the capital have climbed to more than 120.")).containsExactly("120=120 arrest");
		assertThat(counts("The evacuees stood at 3,400 by the evening.")).containsExactly("3,400=3400 evacuee");
	}

	@Test
	void a_plural_subject_that_numbered_or_totalled_a_bare_number_is_counted_by_it() {
		assertThat(counts("The Acme strikers, numbering 300, blocked the gates.")).containsExactly("300=300 striker");
		assertThat(counts("Complaints during the month totalled 14, the regulator said."))
			.containsExactly("14=14 complaint");
		assertThat(counts("Stranded travellers numbered 37 in all.")).containsExactly("37=37 traveller");
	}

	@Test
	void a_crowd_that_grew_to_a_number_counts_people() {
		assertThat(counts("The crowd outside the Roe stadium swelled to 8,000 by noon."))
			.containsExactly("8,000=8000 person");
	}

	@Test
	void the_toll_once_deaths_are_told_counts_deaths_but_a_toll_in_money_counts_nothing() {
		assertThat(counts("The toll climbed to 19 on Monday.")).containsExactly("19=19 death");
		assertThat(counts("The toll on the Acme bridge rose to £5 last year.")).isEmpty();
	}

	@Test
	void money_measures_years_shares_and_names_are_no_counted_subject() {
		assertThat(counts("Losses at the Acme bank rose to 41 last year.")).isEmpty();
		assertThat(counts("Interest rates rose to 5 on Monday.")).isEmpty();
		assertThat(counts("Visitors rose to 2006 in the spring.")).isEmpty();
		assertThat(counts("Its members have risen to 41 per cent of the town.")).doesNotContain("41=41 member");
		assertThat(counts("The talks said Acme Motors rose to 300 on Monday.")).isEmpty();
	}

}
