package app.quarry.bank.grading;

import java.util.Objects;

/**
 * The outcome of grading one response: the verdict and, in plain words, why (what the
 * response was read as), for the learner's feedback.
 */
public record Grade(Verdict verdict, String reason) {

	public Grade {
		Objects.requireNonNull(verdict, "verdict");
		Objects.requireNonNull(reason, "reason");
	}

	static Grade correct(String reason) {
		return new Grade(Verdict.CORRECT, reason);
	}

	static Grade almost(String reason) {
		return new Grade(Verdict.ALMOST, reason);
	}

	static Grade wrong(String reason) {
		return new Grade(Verdict.WRONG, reason);
	}

	public boolean isCorrect() {
		return this.verdict == Verdict.CORRECT;
	}

}
