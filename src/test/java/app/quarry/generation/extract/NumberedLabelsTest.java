package app.quarry.generation.extract;

import static app.quarry.generation.extract.CountFinderTest.counts;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A number that labels one of a series ("Section 21", "Gate 12", "Flight 340") is no
 * model name: the same digits elsewhere in the text still count or give an age, while a
 * product's model number ("Boeing 787") is still told apart from counts.
 */
class NumberedLabelsTest {

	@Test
	void the_digits_of_a_label_still_count_elsewhere() {
		assertThat(counts("Under Section 21 of the code he was freed. The gunman shot Ann Roe, 21, in the leg."))
			.contains("21=21 year");
		assertThat(counts("Passengers waited at Gate 12 for hours. Later 12 flights were cancelled."))
			.contains("12=12 flight");
		assertThat(counts("Westria Air Flight 340 landed safely. The airline said 340 passengers were aboard."))
			.contains("340=340 passenger");
		assertThat(counts("Article 19 guarantees free speech. Police held 19 reporters overnight."))
			.contains("19=19 reporter");
	}

	@Test
	void a_model_number_is_still_no_count() {
		assertThat(counts("Acme flew the Boeing 787 in May. It has 80 of the 787 planes."))
			.doesNotContain("787=787 plane");
	}

}
