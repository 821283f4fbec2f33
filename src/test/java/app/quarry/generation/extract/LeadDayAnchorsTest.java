package app.quarry.generation.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

/**
 * "The same day", "the day before" or "the following day" far below any day told count
 * from the day the story's lead tells its news on; with no day in the lead they stay
 * unplaced.
 */
class LeadDayAnchorsTest {

	private static final String FILLER = "The ship carries 20 crew. Officials said the crew were unhurt. "
			+ "A navy patrol reached the area at night. The owners have not been reached. ";

	private static List<String> values(String lead, String rest) {
		String text = "Ship seized\n\nThursday, October 8, 2009\n\n" + lead + "\n" + FILLER + "\n" + rest + "\n";
		return new DateFinder().find(DocumentText.of(text), new ExtractionContext("t", LocalDate.of(2009, 10, 8)))
			.stream()
			.filter(DateFact.class::isInstance)
			.map(f -> f.text() + "=" + ((DateFact) f).value())
			.toList();
	}

	@Test
	void a_day_told_by_another_far_below_the_lead_counts_from_the_leads_day() {
		assertThat(values("Pirates seized a cargo ship off Westria on Wednesday, officials said.",
				"They also fired on a second ship on the same day."))
			.contains("the same day=2009-10-07");
		assertThat(values("Pirates seized a cargo ship off Westria on Wednesday, officials said.",
				"The following day, the navy sent two boats."))
			.contains("The following day=2009-10-08");
		assertThat(values("Jane Roe spoke to the assembly on Tuesday.",
				"She answered a speech given the day before, when the envoy spoke of trade."))
			.contains("the day before=2009-10-05");
	}

	@Test
	void with_no_day_in_the_lead_such_a_day_stays_unplaced() {
		assertThat(values("Pirates seized a cargo ship off Westria, officials said.",
				"They also fired on a second ship on the same day."))
			.contains("the same day=null");
	}

	@Test
	void a_lead_day_more_than_a_week_before_the_date_line_is_no_news_day() {
		assertThat(values("Pirates seized a cargo ship off Westria on September 2, officials said.",
				"They also fired on a second ship on the same day."))
			.contains("the same day=null");
	}

}
