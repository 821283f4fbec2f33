package app.quarry.bench;

import app.quarry.study.Rating;
import app.quarry.study.ShownCard;
import app.quarry.study.StudySession;
import java.time.Duration;

/**
 * How a benchmark's learner answers the card shown, whatever its format: six seconds
 * taken, a flashcard rated good, a choice question answered with its first option, a
 * typed one with a date (right or wrong, the grading costs the same).
 */
final class TypicalAnswer {

	private TypicalAnswer() {
	}

	static void give(StudySession session) {
		ShownCard card = session.current().orElseThrow();
		Duration taken = Duration.ofSeconds(6);
		switch (card.card().format()) {
			case FLASHCARD -> {
				session.reveal(taken);
				session.rate(Rating.GOOD);
			}
			case MULTIPLE_CHOICE, TRUE_FALSE -> session.choose(0, taken);
			case TYPED, CLOZE -> session.answerTyped("April 1, 2018", taken);
		}
	}

}
