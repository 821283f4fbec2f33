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

}
