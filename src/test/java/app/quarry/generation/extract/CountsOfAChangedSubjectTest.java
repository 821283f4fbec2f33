package app.quarry.generation.extract;

import org.junit.jupiter.api.Test;

import static app.quarry.generation.extract.CountFinderTest.counts;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plural subject that grew or fell "by" a bare amount is what the amount counts; so are
 * the levels it went "from" and "to", even with the year of each level between them.
 */
class CountsOfAChangedSubjectTest {

	@Test
	void the_bare_amount_a_plural_subject_changed_by_counts_that_subject() {
		assertThat(counts("In the north, the total of reported burglaries grew by 4,300."))
			.contains("4,300=4300 burglary");
		assertThat(counts("Acme's stores across the region fell by 120 last year.")).containsExactly("120=120 store");
		assertThat(counts("Registered voters have risen by about 9,000 since the spring."))
			.containsExactly("9,000=9000 voter");
		assertThat(counts("The league's clubs dropped by 6 after the merger.")).containsExactly("6=6 club");
		assertThat(counts("Hospital admissions went up by 700 in the winter.")).containsExactly("700=700 admission");
	}

	@Test
	void a_measured_subject_or_an_amount_with_its_own_noun_is_left_alone() {
		assertThat(counts("Interest rates rose by 2 after the vote.")).isEmpty();
		assertThat(counts("Sales grew by 300 in May.")).isEmpty();
		assertThat(counts("Jobs fell by 40 percent over the year.")).doesNotContain("40=40 job");
	}

	@Test
	void the_levels_after_a_change_by_an_amount_count_the_subject_with_their_years_between() {
		assertThat(counts("The number of road deaths dropped by 500 from 3,200 in 1995 to 2,700 in 2005."))
			.containsExactly("500=500 death", "3,200=3200 death", "2,700=2700 death");
		assertThat(counts("Its branches grew from 12 in 2001 to 15 in 2004.")).containsExactly("12=12 branch",
				"15=15 branch");
	}

}
