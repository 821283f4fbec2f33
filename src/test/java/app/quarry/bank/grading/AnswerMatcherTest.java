package app.quarry.bank.grading;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class AnswerMatcherTest {

	private static final List<String> PEOPLE = List.of("Kim Jong Un", "Kim Yo Jong", "Kim Jong Il", "Donald Trump",
			"Sarah Sanders", "Moon Jae-in", "Mike Pompeo");

	private final AnswerMatcher matcher = new AnswerMatcher(PEOPLE);

	private static final AnswerKey APRIL_FIRST = new AnswerKey("April 1, 2018", "2018-04-01",
			List.of("April 1, 2018", "1 April 2018", "2018-04-01"));

	private Verdict verdict(AnswerKey key, String response) {
		return this.matcher.grade(key, response).verdict();
	}

	@ParameterizedTest
	@ValueSource(strings = { "April 1, 2018", "april 1 2018", "  APRIL   1,2018 ", "1 April 2018", "1st April 2018",
			"1st of April, 2018", "Apr. 1, 2018", "April 1st, 2018", "2018-04-01", "2018/4/1", "4/1/2018 " })
	void a_full_date_is_accepted_in_the_usual_formats_except_ambiguous_numeric_ones(String response) {
		Verdict expected = response.strip().equals("4/1/2018") ? Verdict.ALMOST : Verdict.CORRECT;
		assertThat(verdict(APRIL_FIRST, response)).as(response).isEqualTo(expected);
	}

	@Test
	void a_numeric_date_read_the_same_both_ways_or_only_one_way_is_unambiguous() {
		AnswerKey aprilThirteenth = new AnswerKey("April 13, 2018", "2018-04-13", List.of());
		assertThat(verdict(aprilThirteenth, "4/13/2018")).isEqualTo(Verdict.CORRECT);
		assertThat(verdict(aprilThirteenth, "13/4/2018")).isEqualTo(Verdict.CORRECT);
		assertThat(verdict(aprilThirteenth, "13.04.18")).isEqualTo(Verdict.CORRECT);
		AnswerKey aprilFourth = new AnswerKey("April 4, 2018", "2018-04-04", List.of());
		assertThat(verdict(aprilFourth, "4/4/2018")).isEqualTo(Verdict.CORRECT);
	}

	@Test
	void an_ambiguous_numeric_date_says_which_days_it_could_be() {
		Grade grade = this.matcher.grade(APRIL_FIRST, "4/1/2018");
		assertThat(grade).isEqualTo(
				new Grade(Verdict.ALMOST, "“4/1/2018” could be 2018-04-01 or 2018-01-04; write the month as a word"));
		assertThat(verdict(APRIL_FIRST, "5/2/2018")).isEqualTo(Verdict.WRONG);
	}

	@Test
	void another_day_is_wrong_and_says_how_it_was_read() {
		assertThat(this.matcher.grade(APRIL_FIRST, "April 2, 2018"))
			.isEqualTo(new Grade(Verdict.WRONG, "read as 2018-04-02, not 2018-04-01"));
		assertThat(verdict(APRIL_FIRST, "April 1, 2019")).isEqualTo(Verdict.WRONG);
		assertThat(verdict(APRIL_FIRST, "February 30, 2018")).isEqualTo(Verdict.WRONG);
	}

	@Test
	void partial_dates_match_a_partial_value_and_are_almost_against_a_full_one() {
		AnswerKey april = new AnswerKey("April 2018", "2018-04", List.of());
		assertThat(verdict(april, "April 2018")).isEqualTo(Verdict.CORRECT);
		assertThat(verdict(april, "apr 2018")).isEqualTo(Verdict.CORRECT);
		assertThat(verdict(april, "2018-04")).isEqualTo(Verdict.CORRECT);
		assertThat(this.matcher.grade(april, "April 1, 2018"))
			.isEqualTo(new Grade(Verdict.ALMOST, "read as 2018-04-01, more precise than 2018-04"));
		assertThat(this.matcher.grade(APRIL_FIRST, "April 2018"))
			.isEqualTo(new Grade(Verdict.ALMOST, "read as 2018-04, less precise than 2018-04-01"));
		assertThat(this.matcher.grade(APRIL_FIRST, "April 1"))
			.isEqualTo(new Grade(Verdict.ALMOST, "read as --04-01: the year is missing"));
		assertThat(verdict(new AnswerKey("2018", "2018", List.of()), "2018")).isEqualTo(Verdict.CORRECT);
	}

	private static final AnswerKey MAY_24_THAT_YEAR = new AnswerKey("May 24", "2018-05-24",
			List.of("May 24", "May 24, 2018", "24 May 2018", "2018-05-24"));

	@ParameterizedTest
	@ValueSource(strings = { "24 May", "May 24", "24th May", "May 24th", "the 24th of May", "  24   may ", "24 May.",
			"24/05", "24.5", "May 24, 2018", "24 May 2018" })
	void an_answer_shown_without_its_year_takes_the_same_day_without_one(String response) {
		assertThat(verdict(MAY_24_THAT_YEAR, response)).as(response).isEqualTo(Verdict.CORRECT);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Sept. 8   | 8 Sept      | CORRECT
			Sept. 8   | 8 Sep       | CORRECT
			Sept. 8   | September 8 | CORRECT
			Sept. 8   | 8th Sept.   | CORRECT
			Sept. 8   | 8/9         | ALMOST
			Sept. 8   | 9 Sept      | WRONG
			Sept. 8   | 8 Oct       | WRONG
			Aug. 24   | August 24   | CORRECT
			Aug. 24   | 24 August   | CORRECT
			Aug. 24   | 24/8        | CORRECT
			Aug. 24   | 8/24        | CORRECT
			Aug. 24   | 24 Aug 2019 | WRONG
			""")
	void typed_days_without_a_year_are_read_in_every_usual_order(String answer, String response, Verdict expected) {
		String value = answer.startsWith("Sept") ? "2018-09-08" : "2018-08-24";
		AnswerKey key = new AnswerKey(answer, value, List.of(answer, value));
		assertThat(verdict(key, response)).as(answer + " / " + response).isEqualTo(expected);
	}

	@Test
	void a_month_or_range_shown_without_its_year_takes_one_typed_without_it() {
		AnswerKey august = new AnswerKey("August", "2018-08", List.of("August", "August 2018", "2018-08"));
		assertThat(verdict(august, "Aug.")).isEqualTo(Verdict.CORRECT);
		assertThat(verdict(august, "Sept")).isEqualTo(Verdict.WRONG);
		AnswerKey sameYear = new AnswerKey("Sept. 18–20 of that year", "2018-09-18/2018-09-20",
				List.of("September 18–20, 2018"));
		assertThat(verdict(sameYear, "18-20 September")).isEqualTo(Verdict.CORRECT);
		assertThat(verdict(sameYear, "Sep 18 to 20")).isEqualTo(Verdict.CORRECT);
	}

	@Test
	void a_day_without_its_year_is_still_almost_when_the_answer_gives_the_year() {
		assertThat(this.matcher.grade(APRIL_FIRST, "1 April"))
			.isEqualTo(new Grade(Verdict.ALMOST, "read as --04-01: the year is missing"));
		assertThat(this.matcher.grade(new AnswerKey("August 2018", "2018-08", List.of()), "August"))
			.isEqualTo(new Grade(Verdict.ALMOST, "read as --08: the year is missing"));
	}

	@Test
	void a_range_is_matched_as_a_range_and_one_day_of_it_is_almost() {
		AnswerKey summit = new AnswerKey("February 27–28, 2019", "2019-02-27/2019-02-28", List.of());
		assertThat(verdict(summit, "Feb 27-28, 2019")).isEqualTo(Verdict.CORRECT);
		assertThat(verdict(summit, "27 to 28 February 2019")).isEqualTo(Verdict.CORRECT);
		assertThat(verdict(summit, "February 28, 2019")).isEqualTo(Verdict.ALMOST);
		assertThat(verdict(summit, "March 1, 2019")).isEqualTo(Verdict.WRONG);
	}

	@Test
	void a_misspelt_month_is_almost_but_a_changed_digit_is_wrong() {
		assertThat(this.matcher.grade(APRIL_FIRST, "Aprl 1, 2018"))
			.isEqualTo(new Grade(Verdict.ALMOST, "close to the spelling of “April 1, 2018”"));
		assertThat(verdict(APRIL_FIRST, "Aprl 7, 2018")).isEqualTo(Verdict.WRONG);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			27                 | CORRECT
			27th               | CORRECT
			twenty-seven       | CORRECT
			Twenty Seven       | CORRECT
			twenty‑seventh     | CORRECT
			twenty-seventh     | CORRECT
			27 letters         | CORRECT
			28                 | WRONG
			twenty-eight       | WRONG
			27a                | WRONG
			many               | WRONG
			""")
	void counts_are_read_from_digits_and_words(String response, Verdict expected) {
		AnswerKey key = new AnswerKey("27", "27", List.of());
		assertThat(verdict(key, response)).as(response).isEqualTo(expected);
	}

	@Test
	void number_words_cover_hundreds_thousands_and_multiplicatives() {
		assertThat(verdict(new AnswerKey("3", "3", List.of()), "three times")).isEqualTo(Verdict.CORRECT);
		assertThat(verdict(new AnswerKey("2", "2", List.of()), "twice")).isEqualTo(Verdict.CORRECT);
		assertThat(verdict(new AnswerKey("101", "101", List.of()), "a hundred and one")).isEqualTo(Verdict.CORRECT);
		assertThat(verdict(new AnswerKey("1500", "1500", List.of()), "1,500")).isEqualTo(Verdict.CORRECT);
		assertThat(verdict(new AnswerKey("2500", "2500", List.of()), "two thousand five hundred"))
			.isEqualTo(Verdict.CORRECT);
		assertThat(verdict(new AnswerKey("12", "12", List.of()), "a dozen")).isEqualTo(Verdict.CORRECT);
		assertThat(verdict(new AnswerKey("20", "20", List.of()), "twentieth")).isEqualTo(Verdict.CORRECT);
		assertThat(this.matcher.grade(new AnswerKey("4", "4", List.of()), "fifth"))
			.isEqualTo(new Grade(Verdict.WRONG, "read as 5, not 4"));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Kim Yo Jong          | CORRECT
			Kim Yo-jong          | CORRECT
			kim yojong           | CORRECT
			Kim Yŏ-jŏng          | CORRECT
			Comrade Kim Yo Jong  | CORRECT
			Yo Jong              | CORRECT
			Kim                  | ALMOST
			Kim Yo Jung          | ALMOST
			Kim Jong Un          | WRONG
			Yo                   | WRONG
			""")
	void names_accept_variants_and_unambiguous_parts(String response, Verdict expected) {
		AnswerKey key = new AnswerKey("Kim Yo Jong", "Kim Yo Jong", List.of());
		assertThat(verdict(key, response)).as(response).isEqualTo(expected);
	}

	@Test
	void a_surname_shared_by_several_known_people_names_them() {
		AnswerKey key = new AnswerKey("Kim Jong Un", "Kim Jong Un", List.of());
		assertThat(this.matcher.grade(key, "Kim")).isEqualTo(new Grade(Verdict.ALMOST,
				"“kim” could be Kim Jong Un or Kim Yo Jong or Kim Jong Il; give the full name"));
	}

	@Test
	void a_surname_of_only_one_known_person_is_correct() {
		AnswerKey sanders = new AnswerKey("Sarah Sanders", "Sarah Sanders", List.of());
		assertThat(this.matcher.grade(sanders, "Sanders"))
			.isEqualTo(new Grade(Verdict.CORRECT, "“sanders” can only be Sarah Sanders"));
		assertThat(verdict(sanders, "Ms. Sanders")).isEqualTo(Verdict.CORRECT);
		assertThat(verdict(sanders, "Sandres")).isEqualTo(Verdict.ALMOST);
		AnswerKey trump = new AnswerKey("Donald Trump", "Donald Trump", List.of("Trump"));
		assertThat(verdict(trump, "President Trump")).isEqualTo(Verdict.CORRECT);
		assertThat(verdict(new AnswerKey("Moon Jae-in", "Moon Jae-in", List.of()), "moon jae in"))
			.isEqualTo(Verdict.CORRECT);
	}

	@Test
	void a_first_name_alone_is_not_full_marks_for_a_name_of_several_parts() {
		AnswerKey pompeo = new AnswerKey("Mike Pompeo", "Mike Pompeo", List.of());
		assertThat(this.matcher.grade(pompeo, "Mike"))
			.isEqualTo(new Grade(Verdict.ALMOST, "“mike” is only part of Mike Pompeo; give the full name"));
		assertThat(verdict(pompeo, "Pompeo")).isEqualTo(Verdict.CORRECT);
		assertThat(verdict(pompeo, "Secretary Pompeo")).isEqualTo(Verdict.CORRECT);
		assertThat(verdict(pompeo, "Mike Pompeo")).isEqualTo(Verdict.CORRECT);
		AnswerKey trump = new AnswerKey("Donald Trump", "Donald Trump", List.of());
		assertThat(verdict(trump, "Donald")).isEqualTo(Verdict.ALMOST);
		assertThat(verdict(new AnswerKey("Sarah Sanders", "Sarah Sanders", List.of()), "Sarah"))
			.isEqualTo(Verdict.ALMOST);
		assertThat(verdict(new AnswerKey("Kim Jong Un", "Kim Jong Un", List.of()), "Jong Un"))
			.isEqualTo(Verdict.CORRECT);
	}

	@Test
	void text_answers_ignore_case_punctuation_accents_quotes_and_dashes() {
		AnswerKey key = new AnswerKey("“going to be a positive letter”", "going to be a positive letter", List.of());
		assertThat(verdict(key, "\"Going to be a positive letter!\"")).isEqualTo(Verdict.CORRECT);
		assertThat(verdict(key, "going  to be a positive  lettre")).isEqualTo(Verdict.ALMOST);
		assertThat(verdict(key, "a negative letter")).isEqualTo(Verdict.WRONG);
		AnswerKey city = new AnswerKey("Pyongyang", "Pyongyang", List.of());
		assertThat(verdict(city, "P’yŏngyang")).isEqualTo(Verdict.CORRECT);
		assertThat(verdict(city, "Pyonyang")).isEqualTo(Verdict.ALMOST);
		assertThat(verdict(city, "Seoul")).isEqualTo(Verdict.WRONG);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   ", "?!", "\u200B" })
	void an_empty_or_punctuation_only_response_is_wrong(String response) {
		assertThat(this.matcher.grade(APRIL_FIRST, response)).isEqualTo(new Grade(Verdict.WRONG, "no answer given"));
	}

	@Test
	void a_short_answer_is_never_almost_by_spelling() {
		AnswerKey key = new AnswerKey("Yes", "Yes", List.of());
		assertThat(verdict(key, "Yet")).isEqualTo(Verdict.WRONG);
	}

	@Test
	void a_very_long_or_odd_response_is_graded_without_error() {
		assertThat(verdict(APRIL_FIRST, "x".repeat(10_000))).isEqualTo(Verdict.WRONG);
		assertThat(verdict(APRIL_FIRST, "<script>alert(1)</script>")).isEqualTo(Verdict.WRONG);
		assertThat(verdict(new AnswerKey("27", "27", List.of()), "99999999999999999999999")).isEqualTo(Verdict.WRONG);
	}

	@Test
	void options_are_graded_by_identity() {
		assertThat(ChoiceGrader.grade("April 1, 2018", "April 1, 2018").verdict()).isEqualTo(Verdict.CORRECT);
		assertThat(ChoiceGrader.grade("April 1, 2019", "April 1, 2018"))
			.isEqualTo(new Grade(Verdict.WRONG, "chose “April 1, 2019”, not “April 1, 2018”"));
		assertThat(ChoiceGrader.grade(null, "True").verdict()).isEqualTo(Verdict.WRONG);
	}

}
