package app.quarry.corpus;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SentenceSplitterTest {

	private static List<String> split(String text) {
		return DocumentText.of(text).sentences().stream().map(Sentence::text).toList();
	}

	@Test
	void month_abbreviations_before_a_day_do_not_end_a_sentence() {
		assertThat(split("Trump spoke on Sept. 7. He met Pompeo on Feb. 27, 2019 in Hanoi."))
			.containsExactly("Trump spoke on Sept. 7.", "He met Pompeo on Feb. 27, 2019 in Hanoi.");
	}

	@Test
	void circa_before_a_year_does_not_end_a_sentence() {
		assertThat(split("The king (c. 220 – 267) ruled Palmyra. He died."))
			.containsExactly("The king (c. 220 – 267) ruled Palmyra.", "He died.");
	}

	@Test
	void us_inside_a_sentence_does_not_end_it_but_ends_one_before_an_opener() {
		assertThat(split("Missiles could reach the U.S. mainland. Talks stalled in the U.S. The North waited."))
			.containsExactly("Missiles could reach the U.S. mainland.", "Talks stalled in the U.S.",
					"The North waited.");
	}

	@Test
	void the_v_of_a_case_name_does_not_end_a_sentence() {
		assertThat(split("The court overruled Plessy v. Ferguson in 1954. The ruling was unanimous."))
			.containsExactly("The court overruled Plessy v. Ferguson in 1954.", "The ruling was unanimous.");
	}

	@Test
	void titles_and_initials_do_not_end_a_sentence() {
		assertThat(split("Dr. Lee met Mr. Kim on Main St. near No. 5. Isaiah X. Smith wrote it."))
			.containsExactly("Dr. Lee met Mr. Kim on Main St. near No. 5.", "Isaiah X. Smith wrote it.");
	}

	@Test
	void a_closing_quote_after_the_period_belongs_to_the_sentence() {
		assertThat(split("He said, “It is not bad.” She stated, \"We agree.\" Then he left."))
			.containsExactly("He said, “It is not bad.”", "She stated, \"We agree.\"", "Then he left.");
	}

	@Test
	void a_sentence_opening_a_typewriter_quotation_keeps_its_whole_mark() {
		assertThat(split("Rain fell. ``We stayed,'' he said. ''We left,'' she said.")).containsExactly("Rain fell.",
				"``We stayed,'' he said.", "''We left,'' she said.");
	}

	@Test
	void a_question_inside_quotes_followed_by_lower_case_continues() {
		assertThat(split("“Why now?” he asked. Nobody knew.")).containsExactly("“Why now?” he asked.", "Nobody knew.");
	}

	@Test
	void an_elision_in_brackets_does_not_end_a_sentence() {
		assertThat(split("\"We have to start [. . .] that process. North Korea [. . .] started off,\" he said."))
			.containsExactly("\"We have to start [. . .] that process.", "North Korea [. . .] started off,\" he said.");
	}

	@Test
	void headings_and_captions_without_final_punctuation_stand_alone() {
		assertThat(split("Tasks ahead\nHowever, Shin said this would not be enough.\nBy Kim Bo-eun\nText."))
			.containsExactly("Tasks ahead", "However, Shin said this would not be enough.", "By Kim Bo-eun", "Text.");
	}

	@Test
	void a_hard_wrapped_line_continuing_in_lower_case_is_one_sentence() {
		assertThat(split("The letter was delivered\nby a senior official. Next."))
			.containsExactly("The letter was delivered\nby a senior official.", "Next.");
	}

	@Test
	void sentences_point_into_the_stored_text_and_exclude_masked_footnotes() {
		String text = "A Summit.<sup>1</sup> I also suspect it.";
		List<Sentence> sentences = DocumentText.of(text).sentences();
		assertThat(sentences).containsExactly(new Sentence(0, 9, "A Summit."),
				new Sentence(22, 40, "I also suspect it."));
	}

	@Test
	void a_credit_in_parentheses_ending_a_caption_stays_with_it() {
		assertThat(split("Kim shakes hands with Trump in Korea. (Yonhap)\nText. (It went well.) Next."))
			.containsExactly("Kim shakes hands with Trump in Korea. (Yonhap)", "Text.", "(It went well.)", "Next.");
	}

	@Test
	void decimals_and_emails_do_not_split() {
		assertThat(split("Growth was 3.5 percent, see english@hani.co.kr for more. Done."))
			.containsExactly("Growth was 3.5 percent, see english@hani.co.kr for more.", "Done.");
	}

}
