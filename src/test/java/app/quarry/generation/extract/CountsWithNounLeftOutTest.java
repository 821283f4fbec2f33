package app.quarry.generation.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

/**
 * A number that stands for its noun as a clause's subject counts what the count before it
 * counted; with no count before it, or a year, nothing is read.
 */
class CountsWithNounLeftOutTest {

	private static List<String> counts(String body) {
		DocumentText document = DocumentText.of("Probe\n\nMarch 03, 1998\n\n" + body + "\n");
		DocumentAnalysis analysis = new DocumentAnalysis(document,
				new ExtractionContext("t", LocalDate.of(1998, 3, 3)));
		List<Fact> found = List.copyOf(new CountFinder().find(analysis));
		return new CountsWithNounLeftOut().find(analysis, found)
			.stream()
			.map(fact -> fact.value() + " " + fact.unit())
			.toList();
	}

	@Test
	void a_number_as_the_subject_counts_the_noun_counted_before() {
		assertThat(counts(
				"The pair were among eight whose arrests were announced in May; six were released without charge."))
			.containsExactly("6 person");
		assertThat(counts("The organisers received about 400 submissions. Of these approximately 75 were approved."))
			.containsExactly("75 submission");
		assertThat(counts("There were 283 passengers and 15 crew aboard, and all 298 in total perished."))
			.containsExactly("298 crew");
	}

	@Test
	void with_no_count_before_it_or_a_year_nothing_is_read() {
		assertThat(counts("Six were released without charge.")).isEmpty();
		assertThat(counts("The club has 300 members, and 1998 was a good year.")).isEmpty();
	}

	@Test
	void a_number_after_with_that_is_still_somewhere_counts_the_noun_before() {
		assertThat(counts("Police held 20 fans overnight, with five still in custody.")).containsExactly("5 fan");
		assertThat(counts("Rescuers reached 12 climbers, with three still trapped on the ridge."))
			.containsExactly("3 climber");
		assertThat(counts("Acme sold 40 cars, with 12 exported.")).containsExactly("12 car");
	}

	@Test
	void a_number_told_by_the_place_it_was_in_counts_the_noun_before() {
		assertThat(counts("There have been 31 cases so far, with 28 in Westria and the other three in Eastmark."))
			.contains("28 case");
		assertThat(counts("Acme shut 12 stores, with 7 in Northvale and 5 in the Harbour District."))
			.contains("7 store");
		// a place in lower case or a month is no place where the things were
		assertThat(counts("Acme shut 12 stores, with 7 in total.")).isEmpty();
	}

	@Test
	void a_number_told_by_what_its_members_did_counts_the_noun_before() {
		assertThat(counts(
				"The council backed the plan, with 40 members voting in favour, 12 opposing it and 3 abstaining."))
			.containsExactly("12 member", "3 member");
	}

	@Test
	void a_number_before_any_verb_in_the_past_is_its_subject() {
		assertThat(
				counts("Militants fired 12 rockets at the coast. Seven struck the port, and three fell into the sea."))
			.containsExactly("7 rocket", "3 rocket");
		assertThat(counts("Acme hired 12 engineers. Of these about 5 were new.")).containsExactly("5 engineer");
	}

	@Test
	void a_number_told_of_a_name_after_with_counts_the_noun_before() {
		assertThat(counts("Westria has 1.9 million refugees, followed by Eastmark with 1.1 million and Norland with "
				+ "900,000."))
			.containsExactly("1100000 refugee", "900000 refugee");
		// a year or a number inside another is no count of the refugees
		assertThat(counts("Westria has 19 refugees, as against Eastmark with 1.5 percent.")).isEmpty();
	}

}
