package app.quarry.generation.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dates read as the sentence means them: a weekend told of in the past is the one just
 * gone, a time back counted in hundreds is multiplied out, and a day still to come keeps
 * the year of the date line in a story that looks back on history.
 */
class DatePrecisionTest {

	// a Wednesday
	private static final String WEDNESDAY = "2016-09-07";

	@Test
	void a_weekend_told_of_in_the_past_is_the_one_just_gone() {
		assertThat(FoundDates.in("The Acme book fair took place in Springfield this weekend.", WEDNESDAY))
			.contains("this weekend=2016-09-03/2016-09-04");
		assertThat(FoundDates.in("Thousands of fans crowded the halls this weekend, organisers said.", WEDNESDAY))
			.contains("this weekend=2016-09-03/2016-09-04");
		assertThat(FoundDates.in("This weekend, the Roe brothers won the regatta on the lake.", WEDNESDAY))
			.contains("This weekend=2016-09-03/2016-09-04");
		assertThat(FoundDates.in("Jane Roe had opened the new gallery this weekend.", "2016-09-05"))
			.contains("this weekend=2016-09-03/2016-09-04");
	}

	@Test
	void a_weekend_told_of_ahead_or_on_the_weekend_itself_is_this_one() {
		assertThat(FoundDates.in("The Acme book fair will take place this weekend.", WEDNESDAY))
			.contains("this weekend=2016-09-10/2016-09-11");
		assertThat(FoundDates.in("Fans crowded the halls this weekend.", "2016-09-10"))
			.contains("this weekend=2016-09-10/2016-09-11");
	}

	@Test
	void a_number_before_hundred_or_thousand_years_ago_multiplies_it() {
		assertThat(FoundDates.in("The bridge was built two hundred years ago by the Roe family.", "2017-06-01"))
			.contains("two hundred years ago=1817");
		assertThat(FoundDates.in("Three thousand years ago, a village stood on the hill.", "2017-06-01"))
			.contains("Three thousand years ago=-0983");
		assertThat(FoundDates.in("The chapel, raised nine hundred years ago, is closed.", "2017-06-01"))
			.contains("nine hundred years ago=1117");
		assertThat(FoundDates.in("Acme was founded in 1717, three hundred years ago.", "2017-06-01"))
			.containsExactly("1717=1717", "three hundred years ago=1717");
		assertThat(FoundDates.in("The last such vote was held a hundred years ago.", "2017-06-01"))
			.contains("a hundred years ago=1917");
	}

	@Test
	void a_vague_number_of_hundreds_of_years_back_is_no_date() {
		assertThat(FoundDates.in("Several hundred years ago, monks farmed the valley.", "2017-06-01"))
			.noneMatch(v -> v.contains("years ago="));
		assertThat(FoundDates.in("The cave was painted a few thousand years ago.", "2017-06-01"))
			.noneMatch(v -> v.contains("years ago="));
	}

	@Test
	void a_day_still_to_come_in_a_story_about_antiquity_keeps_the_date_lines_year() {
		String text = "Dig resumes\n\nSunday, April 19, 2009\n\nThe fort was built in 230 BC by a local king. "
				+ "The Acme survey team will return to the site on April 27.";
		assertThat(FoundDates.in(text, "2009-04-19")).contains("April 27=2009-04-27");
		String other = "Dig resumes\n\nSunday, April 19, 2009\n\nThe shrine was raised in 1432 by local monks. "
				+ "Jane Roe's divers are to search the lake again in May.";
		assertThat(FoundDates.in(other, "2009-04-19")).contains("May=2009-05");
	}

	@Test
	void a_day_told_of_in_the_past_in_a_history_still_takes_the_year_the_story_named() {
		String text = "Dig resumes\n\nSunday, April 19, 2009\n\nThe fort was built in 1132 by a local king. "
				+ "Its gate was finished on April 27.";
		assertThat(FoundDates.in(text, "2009-04-19")).contains("April 27=1132-04-27");
	}

	@Test
	void a_year_told_only_roughly_gives_no_year_to_a_day() {
		String text = "Dig resumes\n\nSunday, April 19, 2009\n\nThe fort was built about 1132 by a local king. "
				+ "Its gate was opened to visitors on April 12.";
		assertThat(FoundDates.in(text, "2009-04-19")).noneMatch(v -> v.startsWith("April 12=1132"));
	}

}
