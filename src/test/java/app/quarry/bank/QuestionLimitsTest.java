package app.quarry.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One limit per field of a question, described so that the field can be found. */
class QuestionLimitsTest {

	static final Source SOURCE = new Source("doc-1", 0, 10, "A sentence.");

	static BankQuestion question(String prompt, String answer, List<String> accepted, List<String> options) {
		return new BankQuestion("q-limits", "date", "typed", prompt, answer, answer, accepted, options, null, SOURCE,
				List.of(SOURCE));
	}

	@Test
	void a_question_that_fits_has_no_problems() {
		assertThat(QuestionLimits.problems(question("When?", "May 1", List.of("May 1"), List.of()))).isEmpty();
	}

	@Test
	void a_prompt_one_character_over_the_limit_is_named_with_its_length() {
		String prompt = "x".repeat(QuestionLimits.PROMPT + 1);
		assertThat(QuestionLimits.problems(question(prompt, "May 1", List.of("May 1"), List.of())))
			.containsExactly("prompt: must be at most 4000 characters (it has 4001)");
	}

	@Test
	void options_an_attempt_could_not_keep_one_per_line_are_refused() {
		List<String> options = List.of("a".repeat(1500), "b".repeat(1500), "c".repeat(1500));
		assertThat(QuestionLimits.problems(question("Which?", options.get(0), List.of(options.get(0)), options)))
			.containsExactly("options: must be one line each and at most 4000 characters together");
		assertThat(QuestionLimits.problems(question("Which?", "a", List.of("a"), List.of("a", "b\nc"))))
			.containsExactly("options: must be one line each and at most 4000 characters together");
	}

	@Test
	void one_accepted_wording_over_the_answer_limit_is_named_by_its_place() {
		List<String> accepted = List.of("May 1", "m".repeat(QuestionLimits.ANSWER + 1));
		assertThat(QuestionLimits.problems(question("When?", "May 1", accepted, List.of())))
			.containsExactly("accepted[1]: must be at most 2000 characters (it has 2001)");
	}

	@Test
	void blank_and_missing_fields_are_problems_too() {
		assertThat(QuestionLimits.problems(question(" ", "May 1", List.of(), List.of())))
			.containsExactly("prompt: must not be blank");
	}

	@Test
	void every_question_of_the_committed_bank_fits() throws IOException {
		Bank bank = BankJson.read(Files.readString(Path.of("questions/bank.json")));
		assertThat(bank.questions()).allSatisfy(q -> assertThat(QuestionLimits.problems(q)).isEmpty());
	}

}
