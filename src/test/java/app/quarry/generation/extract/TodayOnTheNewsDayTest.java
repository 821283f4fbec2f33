package app.quarry.generation.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Today" in a story whose lead reports an earlier day is that day, unless the writer
 * counts days from their own ("yesterday", "tomorrow", "last night") anywhere in the
 * text.
 */
class TodayOnTheNewsDayTest {

	@Test
	void today_moves_to_the_day_the_lead_reports() {
		assertThat(FoundDates.in("Harbour fees rise\n\nThe port board met on Tuesday.\nPilots objected today.",
				"2022-05-14"))
			.contains("Tuesday=2022-05-10", "today=2022-05-10");
	}

	@Test
	void today_stays_the_date_line_s_day_where_the_writer_counts_from_it_anywhere() {
		assertThat(FoundDates.in("Harbour fees rise\n\nThe port board met on Tuesday.\nPilots objected today. "
				+ "The ferry crews will strike tomorrow.", "2022-05-14"))
			.contains("today=2022-05-14");
		assertThat(FoundDates.in("Harbour fees rise\n\nThe port board met on Tuesday.\nPilots objected today.\n"
				+ "Last night the quays were quiet.", "2022-05-14"))
			.contains("today=2022-05-14");
	}

	@Test
	void a_day_the_lead_tells_in_the_past_perfect_is_background_not_the_news_day() {
		assertThat(FoundDates.in("Harbour fees rise\n\nOn Sunday, the port board had agreed on new fees.\n"
				+ "Shipping shares fell sharply today.", "2022-05-16"))
			.contains("Sunday=2022-05-15", "today=2022-05-16");
		assertThat(FoundDates.in("Harbour fees rise\n\nOn Sunday, the port boards -- those which run the docks -- "
				+ "had agreed on new fees.\nShipping shares fell sharply today.", "2022-05-16"))
			.contains("today=2022-05-16");
	}

	@Test
	void a_past_perfect_in_a_clause_of_its_own_leaves_the_lead_s_day_the_news_day() {
		assertThat(FoundDates.in("Harbour fees rise\n\nOn Sunday, the port board raised fees after it had met "
				+ "the pilots.\nShipping shares fell sharply today.", "2022-05-16"))
			.contains("today=2022-05-15");
	}

	@Test
	void a_sentence_opening_on_today_sets_the_writer_s_day_against_the_lead_s() {
		assertThat(FoundDates.in("Harbour fees rise\n\nThe port board met on Saturday.\nToday, the pilots objected. "
				+ "Their union wrote to the board today.", "2022-05-16"))
			.contains("Saturday=2022-05-14", "Today=2022-05-16", "today=2022-05-16");
	}

	@Test
	void a_quoted_today_is_the_lead_s_day_even_where_the_writer_counts_from_the_date_line() {
		assertThat(FoundDates.in("Cup day five\n\nTuesday, June 19, 2018\n\nYesterday, Westria beat Norland 1–0.\n"
				+ "After the match, Jane Roe said, \"We learned a lot today.\"", "2018-06-19"))
			.contains("Yesterday=2018-06-18", "today=2018-06-18");
	}

	@Test
	void today_told_in_the_present_stays_the_date_line_s_day() {
		assertThat(FoundDates.in("Harbour fees rise\n\nWednesday, January 4, 2017\n\nThe port board met on Monday.\n"
				+ "Its report is being published today.", "2017-01-04"))
			.contains("Monday=2017-01-02", "today=2017-01-04");
	}

	@Test
	void a_quoted_yesterday_counts_from_the_day_the_lead_tells_the_words_were_said() {
		assertThat(FoundDates
			.in("Chief criticises rival\n\nThursday, September 21, 2006\n\nIn an address in Norwick on "
					+ "September 20, 2006 Tom Vale criticized the government.\nHe warned voters that \"The rival is here. "
					+ "And the rival came here yesterday.\", referring to Jane Roe.", "2006-09-21"))
			.contains("September 20, 2006=2006-09-20", "yesterday=2006-09-19");
	}

}
