package app.quarry.bank.grading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnswerValueTest {

	@Test
	void a_date_answer_is_kept_as_an_iso_date() {
		assertThat(AnswerValue.of("date", "June 12th, 2018", "2018-06-11")).isEqualTo("2018-06-12");
		assertThat(AnswerValue.of("date", "September 2018", "2018-09-10")).isEqualTo("2018-09");
	}

	@Test
	void an_ambiguous_date_keeps_the_reading_it_had() {
		assertThat(AnswerValue.of("date", "4/1/2018", "2018-01-04")).isEqualTo("2018-01-04");
		assertThat(AnswerValue.of("date", "4/1/2018", "2018-04-01")).isEqualTo("2018-04-01");
	}

	@Test
	void a_date_answer_written_without_its_year_keeps_the_year_it_had() {
		assertThat(AnswerValue.of("date", "May 24", "2018-05-24")).isEqualTo("2018-05-24");
		assertThat(AnswerValue.of("date", "24 Sept.", "2018-09-24")).isEqualTo("2018-09-24");
	}

	@Test
	void a_count_answer_is_kept_as_an_integer() {
		assertThat(AnswerValue.of("count", "twenty-seven", "26")).isEqualTo("27");
		assertThat(AnswerValue.of("count", "1,200", "12")).isEqualTo("1200");
	}

	@Test
	void other_answers_and_answers_that_do_not_read_as_their_type_are_their_own_value() {
		assertThat(AnswerValue.of("person", " Kim Yong-chol ", "Kim Yo-jong")).isEqualTo("Kim Yong-chol");
		assertThat(AnswerValue.of("date", "the day after the summit", "2018-06-13"))
			.isEqualTo("the day after the summit");
	}

}
