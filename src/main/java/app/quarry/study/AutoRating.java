package app.quarry.study;

import app.quarry.bank.QuestionFormat;
import app.quarry.base.PureCore;
import java.time.Duration;
import java.util.Optional;

import app.quarry.bank.grading.Verdict;

/**
 * The rating suggested for an objectively graded answer; the learner may change it before
 * moving on.
 * <ul>
 * <li>wrong: Again;</li>
 * <li>"almost" that the learner counted as right: Hard (the recall was shaky);</li>
 * <li>right: Easy when quick (under half the expected time), Hard when very slow (over
 * three times the expected time), otherwise Good; but never Easy for a card's first
 * answer, since a quick right answer to a card never seen before may be a lucky guess
 * (multiple choice, true/false) and Easy would hide it for a week or more.</li>
 * </ul>
 * Expected time: 6 s for true/false, 8 s for multiple choice, and for typed and cloze
 * answers 6 s plus 0.3 s per character of the answer (reading the prompt, then typing).
 * Flashcards are not graded by the app: the learner rates them.
 */
@PureCore
public final class AutoRating {

	private AutoRating() {
	}

	public static Optional<Rating> suggest(QuestionFormat format, Verdict verdict, boolean almostAccepted,
			Duration taken, String answer) {
		return suggest(format, verdict, almostAccepted, taken, answer, false);
	}

	/** As above, for a card answered for the first time when {@code firstAnswer}. */
	public static Optional<Rating> suggest(QuestionFormat format, Verdict verdict, boolean almostAccepted,
			Duration taken, String answer, boolean firstAnswer) {
		if (!format.isObjective()) {
			return Optional.empty();
		}
		if (verdict == Verdict.WRONG || (verdict == Verdict.ALMOST && !almostAccepted)) {
			return Optional.of(Rating.AGAIN);
		}
		if (verdict == Verdict.ALMOST) {
			return Optional.of(Rating.HARD);
		}
		long expected = expectedMillis(format, answer);
		long millis = taken.toMillis();
		if (millis < expected / 2 && !firstAnswer) {
			return Optional.of(Rating.EASY);
		}
		if (millis > expected * 3) {
			return Optional.of(Rating.HARD);
		}
		return Optional.of(Rating.GOOD);
	}

	/** How long a right answer in this format usually takes, in milliseconds. */
	static long expectedMillis(QuestionFormat format, String answer) {
		return switch (format) {
			case TRUE_FALSE -> 6_000;
			case MULTIPLE_CHOICE -> 8_000;
			case TYPED, CLOZE -> 6_000 + 300L * answer.length();
			case FLASHCARD -> 0;
		};
	}

}
