package app.quarry.generation.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

/**
 * A group counted once and then called by its number alone ("the three", "all three",
 * "none of the twelve") counts what the earlier count of that number counted.
 */
class GroupsToldAgainTest {

	private static List<String> counts(String body) {
		DocumentText document = DocumentText.of("Probe\n\nMarch 03, 1998\n\n" + body + "\n");
		DocumentAnalysis analysis = new DocumentAnalysis(document,
				new ExtractionContext("t", LocalDate.of(1998, 3, 3)));
		List<Fact> found = List.copyOf(new CountFinder().find(analysis));
		return new GroupsToldAgain().find(analysis, found)
			.stream()
			.map(fact -> fact.text() + " " + fact.value() + " " + fact.unit())
			.toList();
	}

	@Test
	void the_number_alone_counts_the_group_counted_before() {
		assertThat(counts("Police held three men after the fight. The three walked free on Monday."))
			.containsExactly("three 3 men");
		assertThat(counts("Jane Roe has four sisters. All four were at the wedding in Westbury."))
			.containsExactly("four 4 sister");
		assertThat(counts(
				"The couple raised twelve children on a farm. Neighbours said none of the twelve had been to school."))
			.containsExactly("twelve 12 children");
		assertThat(counts("Acme hired 40 engineers in May. By June, all of the 40 had left for Westria."))
			.containsExactly("40 40 engineer");
	}

	@Test
	void the_group_may_have_been_counted_a_few_sentences_before() {
		assertThat(counts("Five boats sank off the coast. The storm came at night. Crews were at sea. "
				+ "The five were found on the shore."))
			.containsExactly("five 5 boat");
	}

	@Test
	void with_no_count_of_the_same_number_before_nothing_is_read() {
		assertThat(counts("Police held three men after the fight. The two walked free on Monday.")).isEmpty();
		assertThat(counts("The three walked free on Monday.")).isEmpty();
		assertThat(counts("It took three hours. The three were tired.")).isEmpty();
	}

}
