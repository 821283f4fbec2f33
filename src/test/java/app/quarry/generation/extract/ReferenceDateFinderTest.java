package app.quarry.generation.extract;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

class ReferenceDateFinderTest {

	private static LocalDate of(String text) {
		return ReferenceDateFinder.find(DocumentText.of(text));
	}

	@Test
	void a_posted_on_stamp_is_the_reference_date_even_though_it_is_masked() {
		assertThat(of(
				"Title\n\nPosted on : 2018-09-10 16:59 KST Modified on : 2019-10-19 20:29 KST\nIt was June 1, 2019."))
			.isEqualTo(LocalDate.of(2018, 9, 10));
	}

	@Test
	void a_date_alone_on_a_line_near_the_top_is_the_date_of_a_letter() {
		assertThat(of("Dear Sir,\n\nJanuary 29<sup>th</sup>, 2018\n\nIn 2020, on March 3, 2021, we met."))
			.isEqualTo(LocalDate.of(2018, 1, 29));
	}

	@Test
	void otherwise_the_latest_full_date_mentioned_is_the_reference() {
		assertThat(of("They met on June 12, 2018 and on Feb. 27, 2019; in 2022 nothing."))
			.isEqualTo(LocalDate.of(2019, 2, 27));
	}

	@Test
	void a_text_without_full_dates_has_no_reference_date() {
		assertThat(of("They met in June and again on Sunday.")).isNull();
	}

}
