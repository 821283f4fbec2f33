package app.quarry.generation.extract;

import static app.quarry.generation.extract.CountFinderTest.counts;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "The first ... since" a named time tells how long something had not happened, not a
 * rank; "the first ... since" a deed ranks the occasion within the span it opens. "The
 * first" of a kind still to come ("the first jet can be flown in May") names the earliest
 * one, not a count.
 */
class FirstsInAWhileTest {

	@Test
	void a_first_since_a_named_time_is_no_count() {
		assertThat(counts("The win was her first title since 2009.")).isEmpty();
		assertThat(counts("Jane Roe became the first mayor to resign since Mayor Doe in 1911.")).isEmpty();
		assertThat(counts("It was Acme's first quarterly loss since the 1990s, the firm said.")).isEmpty();
		assertThat(counts("The first rise in rates since March was announced on Tuesday.")).isEmpty();
		assertThat(counts("Roe scored his first goal for the club since 2015;")).isEmpty();
	}

	@Test
	void a_first_ranked_without_a_named_time_still_counts() {
		assertThat(counts("Jane Roe became the first mayor to resign.")).containsExactly("first=1th mayor");
		assertThat(counts("It is the first time the two leaders have met since taking office."))
			.contains("first=1th time");
		assertThat(counts("The second title since 2009 came in a final against Acme."))
			.containsExactly("second=2th title");
	}

	@Test
	void the_first_of_its_kind_since_a_bare_year_is_a_record_and_counts() {
		assertThat(counts("Roe scored the first goal for Westria at the Northfield Cup since 1986."))
			.containsExactly("first=1th goal");
		assertThat(counts("It was the first final since 1998 to go to penalties.")).containsExactly("first=1th final");
		assertThat(counts("Acme is the first Westrian firm to win the award since 2011."))
			.containsExactly("first=1th firm");
		assertThat(counts("It was the first such loss since the 1990s.")).isEmpty();
	}

	@Test
	void the_first_of_a_kind_still_to_come_is_no_count() {
		assertThat(counts("Officials hope the first jet can be flown in May.")).isEmpty();
		assertThat(counts("The first train will be delivered next spring.")).isEmpty();
		assertThat(counts("The first shipment is expected to arrive on Friday.")).isEmpty();
		assertThat(counts("The first ferry was due to sail at noon.")).isEmpty();
		assertThat(counts("The first woman will be sworn in next week.")).containsExactly("first=1th woman");
	}

}
