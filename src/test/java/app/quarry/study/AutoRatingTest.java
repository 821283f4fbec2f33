package app.quarry.study;

import java.time.Duration;

import app.quarry.bank.QuestionFormat;
import app.quarry.bank.grading.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class AutoRatingTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			MULTIPLE_CHOICE | CORRECT | false | 3999  | EASY
			MULTIPLE_CHOICE | CORRECT | false | 4000  | GOOD
			MULTIPLE_CHOICE | CORRECT | false | 24000 | GOOD
			MULTIPLE_CHOICE | CORRECT | false | 24001 | HARD
			TRUE_FALSE      | CORRECT | false | 2999  | EASY
			TRUE_FALSE      | WRONG   | false | 1000  | AGAIN
			TYPED           | CORRECT | false | 4499  | EASY
			TYPED           | CORRECT | false | 4500  | GOOD
			TYPED           | CORRECT | false | 27000 | GOOD
			TYPED           | CORRECT | false | 27001 | HARD
			CLOZE           | ALMOST  | false | 5000  | AGAIN
			CLOZE           | ALMOST  | true  | 1000  | HARD
			""")
	void objective_formats_are_rated_from_the_verdict_and_the_time_taken(QuestionFormat format, Verdict verdict,
			boolean almostAccepted, long millis, Rating expected) {
		// "abcdefghij" is 10 characters: a typed answer is expected to take 6 s + 3 s = 9
		// s
		assertThat(AutoRating.suggest(format, verdict, almostAccepted, Duration.ofMillis(millis), "abcdefghij"))
			.contains(expected);
	}

	@org.junit.jupiter.api.Test
	void flashcards_are_left_to_the_learner() {
		assertThat(AutoRating.suggest(QuestionFormat.FLASHCARD, Verdict.CORRECT, false, Duration.ofSeconds(1), "x"))
			.isEmpty();
	}

	@org.junit.jupiter.params.ParameterizedTest
	@org.junit.jupiter.params.provider.EnumSource(names = { "MULTIPLE_CHOICE", "TRUE_FALSE", "TYPED", "CLOZE" })
	void a_quick_right_first_answer_is_good_not_easy_since_it_may_be_a_lucky_guess(QuestionFormat format) {
		assertThat(AutoRating.suggest(format, Verdict.CORRECT, false, Duration.ofMillis(500), "abcdefghij", true))
			.contains(Rating.GOOD);
		assertThat(AutoRating.suggest(format, Verdict.CORRECT, false, Duration.ofMillis(500), "abcdefghij", false))
			.contains(Rating.EASY);
	}

}
