package app.quarry.generation.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

/**
 * A stretch of time set before or after an event whose date the same words go on to give
 * is the date that far from the event's, as precise as its unit; a stretch that says how
 * long something lasted stays a length.
 */
class OffsetsFromALaterDateTest {

	private static List<String> values(String body) {
		String text = "Notes\n\nMonday, April 16, 2007\n\n" + body + "\n";
		return new DateFinder().find(DocumentText.of(text), new ExtractionContext("t", LocalDate.of(2007, 4, 16)))
			.stream()
			.map(f -> f.text() + "=" + (f instanceof DateFact d ? d.value() : f.getClass().getSimpleName()))
			.toList();
	}

	@Test
	void a_stretch_before_or_after_a_dated_event_is_the_date_that_far_from_it() {
		assertThat(
				values("Tom Vale said that two years prior to the great fire of June 3, 1901, he had sold the mill."))
			.contains("two years=1899");
		assertThat(values("Officials were still checking his papers a month before his release in July this year."))
			.contains("a month=2007-06");
		assertThat(values("Three days after the vote on May 2, 2006, the council resigned."))
			.contains("Three days after=2006-05-05");
		assertThat(values("The bridge shut two weeks before the great flood of March 3, 2005."))
			.contains("two weeks before=2005-02-17");
	}

	@Test
	void a_stretch_that_says_how_long_something_lasted_stays_a_length() {
		assertThat(values("He had lived there for two years before the war in 1939."))
			.noneMatch(v -> v.startsWith("two years=19"));
		assertThat(values("She served five years before her release in 2001."))
			.noneMatch(v -> v.startsWith("five years=19"));
	}

	@Test
	void a_day_cannot_be_counted_from_a_month_or_a_year() {
		assertThat(values("Three days after the vote in May 2006, the council resigned."))
			.noneMatch(v -> v.startsWith("Three days after=2006"));
	}

}
