package app.quarry.generation.extract;

import java.util.List;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

class CountFinderTest {

	private static List<String> counts(String text) {
		return new CountFinder().find(DocumentText.of(text), new ExtractionContext("t", null))
			.stream()
			.map((c) -> c.text() + "=" + c.value() + (c.ordinal() ? "th " : " ") + c.unit())
			.toList();
	}

	@Test
	void cardinals_in_digits_and_words_count_the_noun_after_them() {
		assertThat(counts("They exchanged 27 letters. The two leaders met. Twenty-seven envoys and 2,000 troops came."))
			.containsExactly("27=27 letter", "two=2 leader", "Twenty-seven=27 envoy", "2,000=2000 troop");
	}

	@Test
	void ordinals_after_a_determiner_count_the_noun_after_them() {
		assertThat(counts("Pompeo paid his third visit. It marked the 70th anniversary. A second summit came."))
			.containsExactly("third=3th visit", "70th=70th anniversary", "second=2th summit");
	}

	@Test
	void an_ordinal_standing_alone_takes_its_unit_from_the_sentence_or_the_series() {
		assertThat(counts("The letter is the fourth Kim has sent to Trump. The first was delivered in June. "
				+ "The second letter was handed to Pompeo on his third visit. The third was sent in August."))
			.containsExactly("fourth=4th letter", "first=1th letter", "second=2th letter", "third=3th visit",
					"third=3th letter");
	}

	@Test
	void years_dates_decimals_ids_footnotes_durations_and_ages_are_not_counts() {
		assertThat(counts("In 2018 on Sept. 7, 3.5 percent of LFG-2018-0011 fell.<sup>1</sup> "
				+ "He waited 24 days at 70 years old. Measures would be taken first. Delegates first met. No one country won."))
			.isEmpty();
	}

}
