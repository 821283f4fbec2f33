package app.quarry.generation.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

/**
 * "A year later" counts from the year the story just told of, even when that was a part
 * of a year ("in early 2012") two sentences before; "a year earlier" two sentences away
 * from its year is a report's comparison, counted from the date line.
 */
class YearsCountedOnTest {

	private static List<String> values(String body) {
		String text = "Notes\n\nMonday, June 3, 2019\n\n" + body + "\n";
		return new DateFinder().find(DocumentText.of(text), new ExtractionContext("t", LocalDate.of(2019, 6, 3)))
			.stream()
			.filter(DateFact.class::isInstance)
			.map(f -> f.text() + "=" + ((DateFact) f).value())
			.toList();
	}

	@Test
	void a_year_later_counts_from_a_part_of_a_year_told_just_before() {
		assertThat(values("In early 2012 Jane Roe posted a photo of her garden. Nobody answered her. "
				+ "She got a reply a year later, when a neighbour wrote."))
			.contains("a year later=2013");
		assertThat(values("In late 2009 the mill closed. It reopened two years later under a new owner."))
			.contains("two years later=2011");
	}

	@Test
	void a_year_earlier_two_sentences_from_a_year_is_counted_from_the_date_line() {
		assertThat(values("Results for 2016 were weak. Sales rose in the spring. "
				+ "The firm earned $3 million, against a loss a year earlier."))
			.contains("a year earlier=2018");
	}

}
