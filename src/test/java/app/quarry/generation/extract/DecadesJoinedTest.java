package app.quarry.generation.extract;

import java.util.List;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

/** Two decades named together: one span when they follow each other, two when not. */
class DecadesJoinedTest {

	private static List<String> dates(String text) {
		return new DateFinder().find(DocumentText.of(text), new ExtractionContext("t", null))
			.stream()
			.filter(DateFact.class::isInstance)
			.map(f -> f.text() + "=" + ((DateFact) f).value())
			.toList();
	}

	@Test
	void two_decades_in_a_row_are_one_span_of_twenty_years() {
		assertThat(dates("The fashions of the 60s and 70s came back.")).containsExactly("60s and 70s=1960/1979");
		assertThat(dates("Rents doubled in the 1950s and 1960s.")).containsExactly("the 1950s and 1960s=1950/1969");
	}

	@Test
	void decades_apart_are_two_spans() {
		assertThat(dates("The songs of the 1960s and 1980s were played.")).containsExactly("the 1960s=1960/1969",
				"1980s=1980/1989");
	}

}
