package app.quarry.generation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DateQuestionWriterTest {

	@Test
	void a_hedge_before_the_date_leaves_the_question_with_it() {
		String sentence = "Acme Works completed the bridge about a decade ago in the image of the old one.";
		int from = sentence.indexOf("a decade ago");
		assertThat(
				DateQuestionWriter.question(sentence, from, from + "a decade ago".length(), DateValue.Precision.YEAR))
			.isEqualTo("In what year did Acme Works complete the bridge in the image of the old one?");
	}

	@Test
	void a_year_heading_its_entry_leaves_no_colon_in_the_question() {
		String entry = "1884: The first tram line in the town opened along the harbour road.";
		assertThat(DateQuestionWriter.question(entry, 0, 4, DateValue.Precision.YEAR))
			.isEqualTo("In what year did the first tram line in the town open along the harbour road?");
	}

	@Test
	void a_date_a_figure_is_compared_with_is_asked_only_as_a_cloze() {
		String sentence = "Exports were 30% of sales in the first half, compared with 25% a year earlier.";
		int from = sentence.indexOf("a year earlier");
		assertThat(
				DateQuestionWriter.question(sentence, from, from + "a year earlier".length(), DateValue.Precision.YEAR))
			.isNull();
		String higher = "The bridge carried more cars than a year ago.";
		assertThat(DateQuestionWriter.question(higher, higher.indexOf("a year"), higher.length() - 1,
				DateValue.Precision.YEAR))
			.isNull();
	}

	@Test
	void a_year_ending_a_phrase_it_is_part_of_is_asked_only_as_a_cloze() {
		for (String sentence : new String[] { "The mill lost money in the closing months of 1996.",
				"The mayor resigned in the latter part of 1996.",
				"The ferry was sold during the early weeks of 1996." }) {
			int from = sentence.indexOf("1996");
			assertThat(DateQuestionWriter.question(sentence, from, from + 4, DateValue.Precision.YEAR)).isNull();
		}
		String end = "The mill closed at the end of 1996.";
		assertThat(DateQuestionWriter.question(end, end.indexOf("1996"), end.indexOf("1996") + 4,
				DateValue.Precision.YEAR))
			.isEqualTo("In what year did the mill close?");
		String evening = "The ferry capsized on the evening of May 3, 1996.";
		assertThat(DateQuestionWriter.question(evening, evening.indexOf("May"), evening.length() - 1,
				DateValue.Precision.DAY))
			.isEqualTo("On what date did the ferry capsize?");
	}

	@Test
	void a_day_that_is_the_subject_of_its_verb_is_not_cut_from_a_question() {
		String will = "The harbour master said Monday will see the divers return.";
		int from = will.indexOf("Monday");
		assertThat(DateQuestionWriter.question(will, from, from + 6, DateValue.Precision.DAY)).isNull();
	}

	@Test
	void a_day_that_saw_an_event_asks_when_the_event_was() {
		String saw = "Thursday saw the opening of the new ferry terminal, the mayor said.";
		assertThat(DateQuestionWriter.question(saw, 0, 8, DateValue.Precision.DAY))
			.isEqualTo("On what date was the opening of the new ferry terminal?");
		String indefinite = "Yesterday saw a sharp rise in ticket sales.";
		assertThat(DateQuestionWriter.question(indefinite, 0, 9, DateValue.Precision.DAY))
			.isEqualTo("On what date was there a sharp rise in ticket sales?");
	}

	@Test
	void a_date_of_another_clause_is_not_asked_of_the_first() {
		String sentence = "The strike began on May 2, 2011 and the minister resigned two days later, on May 4.";
		int from = sentence.indexOf("May 4");
		assertThat(DateQuestionWriter.question(sentence, from, from + 5, DateValue.Precision.DAY)).isNull();
	}

	@Test
	void two_events_joined_by_and_are_not_asked_as_one() {
		String sentence = "The talks started in the spring and ended in 2009.";
		int from = sentence.indexOf("2009");
		assertThat(DateQuestionWriter.question(sentence, from, from + 4, DateValue.Precision.YEAR)).isNull();
	}

	@Test
	void a_comma_inside_a_place_keeps_the_date_in_its_clause() {
		String sentence = "The mayor opened the fair at the City Hall in Springfield, Illinois on March 3.";
		int from = sentence.indexOf("March 3");
		assertThat(DateQuestionWriter.question(sentence, from, from + 7, DateValue.Precision.DAY))
			.isEqualTo("On what date did the mayor open the fair at the City Hall in Springfield?");
	}

}
