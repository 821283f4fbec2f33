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

	@Test
	void a_date_line_under_the_title_is_the_reference_date_whatever_later_dates_say() {
		assertThat(of("Acme opens a plant\nTuesday, 14 March 2006\nAcme opened it on 2 May 2009.\n"
				+ "A second plant follows on June 3, 2011."))
			.isEqualTo(LocalDate.of(2006, 3, 14));
		assertThat(of("Storm hits Ruritania\n\nMarch 01, 2008\n\nThe storm of Feb. 27, 2008 came back."))
			.isEqualTo(LocalDate.of(2008, 3, 1));
	}

	@Test
	void a_full_date_on_a_short_line_that_is_not_alone_leaves_the_whole_text_to_be_read() {
		// the short line holds more than its date: no date line, so the latest date
		assertThat(of("Acme opens a plant\nOn June 3, 2007 it rained.\nJane Roe was there on 2 May 2009."))
			.isEqualTo(LocalDate.of(2009, 5, 2));
		// a date in the title, then the date line on the next line
		assertThat(of("The vote of 3 May 2004 in Ruritania\n12 June 2005\nThe count ended on 4 May 2004."))
			.isEqualTo(LocalDate.of(2005, 6, 12));
	}

	@Test
	void a_date_line_found_after_the_first_short_line_date_is_still_the_reference() {
		assertThat(of("Acme\nRain on June 3, 2007.\n\n\nMore text here about 2 May 2003.\n"
				+ "Friday, 7 July 2006\nJane Roe spoke on 9 May 2010."))
			.isEqualTo(LocalDate.of(2006, 7, 7));
	}

}
