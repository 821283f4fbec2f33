package app.quarry.generation.extract;

import static app.quarry.generation.extract.CountFinderTest.counts;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A number that opens a clause as its subject without a noun counts what the count just
 * before it counted, passing over lengths of time and keeping millions with millions.
 */
class BareSubjectsTest {

	@Test
	void a_bare_subject_after_a_clause_break_counts_the_noun_before() {
		assertThat(counts("The club has 40 members; 12 are women.")).contains("12=12 member");
		assertThat(counts("Some 60 boats set out, carrying 35 divers – only four were licensed."))
			.contains("four=4 diver");
		assertThat(counts(
				"An estimated 4.1 million adults read worse than 9 year olds, while 12.3 million have weak maths."))
			.contains("12.3 million=12300000 adult");
	}

	@Test
	void a_bare_subject_after_a_conjunction_without_a_comma_counts_the_noun_before() {
		assertThat(counts("About 80 guards watched the gate by day and about thirty stayed there at night."))
			.contains("thirty=30 guard");
		assertThat(counts("Acme hired 40 drivers in May but 12 left within a week.")).contains("12=12 driver");
		assertThat(counts("The raft held 25 migrants and only nine survived the storm.")).contains("nine=9 migrant");
		assertThat(counts("Westria sent 300 troops while 120 remained in Eastham.")).contains("120=120 troop");
	}

	@Test
	void a_conjunction_joining_two_numbers_opens_no_clause() {
		assertThat(counts("The club lists 90 members aged between 10 and 20 were enrolled."))
			.doesNotContain("20=20 member");
		assertThat(counts("Acme fired 30 staff in 2001 and 2002 were hard years."))
			.noneMatch(c -> c.startsWith("2002="));
	}

	@Test
	void a_bare_number_after_a_length_of_time_or_of_another_scale_counts_nothing() {
		assertThat(counts("He spent 20 years abroad, and 3 were in prison.")).doesNotContain("3=3 year");
		assertThat(counts("The firm has 4.1 million customers, while 12 have complained."))
			.doesNotContain("12=12 customer");
	}

}
