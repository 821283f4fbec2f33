package app.quarry.generation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DateQuestionWriterTest {

	@Test
	void a_year_heading_its_entry_leaves_no_colon_in_the_question() {
		String entry = "1884: The first tram line in the town opened along the harbour road.";
		assertThat(DateQuestionWriter.question(entry, 0, 4, DateValue.Precision.YEAR))
			.isEqualTo("In what year did the first tram line in the town open along the harbour road?");
	}

}
