package app.quarry.generation.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Yesterday", "this morning" or "last night" inside a quotation speak from the day the
 * words were said, when the text dates the saying: by a weekday or another day in the
 * same sentence, or by a line ending in a colon just before a quotation set on its own
 * line. A day named as an owner ("Friday's vote") dates that thing, not the saying.
 */
class QuotedDaysFromTheSpeechDayTest {

	@Test
	void a_weekday_in_the_sentence_dates_the_quotation() {
		assertThat(FoundDates.in("On Monday, Jane Roe said: \"The pumps failed yesterday and we are still counting.\"",
				"2012-05-10"))
			.contains("yesterday=2012-05-06");
		assertThat(
				FoundDates.in("\"We signed the deal this morning,\" John Doe told reporters on Tuesday.", "2012-05-10"))
			.contains("this morning=2012-05-08");
		assertThat(FoundDates.in("Acme's chief said Wednesday that \"tomorrow the plant reopens.\"", "2012-05-10"))
			.contains("tomorrow=2012-05-10");
	}

	@Test
	void a_lead_in_line_ending_in_a_colon_dates_the_quotation_below_it() {
		String text = "Flood hits the valley\n\nSunday, June 3, 2012\n\n"
				+ "The river burst its banks on Friday. The mayor spoke the following morning:\n"
				+ "\"Last night was the worst in living memory for this town.\"\n";
		assertThat(FoundDates.in(text, "2012-06-03")).contains("Last night=2012-06-01");
	}

	@Test
	void a_day_named_as_an_owner_does_not_date_the_quotation() {
		assertThat(FoundDates.in("After Friday's vote, Jane Roe said \"yesterday was a good day for the town.\"",
				"2012-05-13"))
			.contains("yesterday=2012-05-12");
	}

	@Test
	void with_no_day_around_it_the_quotation_speaks_from_the_date_line() {
		assertThat(FoundDates.in("\"We lost power yesterday,\" said a nurse at the clinic.", "2012-05-10"))
			.contains("yesterday=2012-05-09");
	}

	@Test
	void the_day_after_an_undated_event_is_not_the_day_of_the_report() {
		assertThat(FoundDates.in("The board met on the day after the audit to discuss the findings.", "2012-05-10"))
			.noneMatch(v -> v.matches("the day.*=\\d.*"));
		assertThat(
				FoundDates.in("In a letter sent the day before his arrest, John Doe denied the charges.", "2012-05-10"))
			.noneMatch(v -> v.matches("the day.*=\\d.*"));
		assertThat(FoundDates.in("Shares fell 3% on the day.", "2012-05-10")).contains("the day=2012-05-10");
		assertThat(FoundDates.in("The mill burned on May 2. Crews came back the day after the fire.", "2012-05-10"))
			.contains("the day=2012-05-03");
	}

}
