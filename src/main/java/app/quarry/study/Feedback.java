package app.quarry.study;

import java.util.Optional;

import app.quarry.bank.grading.Grade;
import app.quarry.bank.grading.Verdict;

/**
 * What the learner sees after answering: the verdict and why, the correct answer, the
 * source sentence (shown as text) with where it stands in its document, and the rating
 * about to be recorded.
 *
 * @param grade the verdict, or empty for a flashcard (the learner judges it)
 * @param response what the learner typed or chose, or empty for a flashcard
 * @param suggested the automatic rating, empty for a flashcard
 * @param rating the rating that will be recorded (the suggestion until the learner picks
 * one); empty until chosen for a flashcard
 */
public record Feedback(StudyCard card, Optional<Grade> grade, String response, boolean almostAccepted,
		Optional<Rating> suggested, Optional<Rating> rating) {

	public Verdict verdict() {
		return this.grade.map(Grade::verdict).orElse(Verdict.CORRECT);
	}

	/**
	 * Whether the answer counts as right (an "almost" only once the learner accepts it).
	 */
	public boolean countsAsRight() {
		return this.grade.isEmpty() || this.grade.get().isCorrect()
				|| (this.grade.get().verdict() == Verdict.ALMOST && this.almostAccepted);
	}

	Feedback withRating(Rating chosen) {
		return new Feedback(this.card, this.grade, this.response, this.almostAccepted, this.suggested,
				Optional.of(chosen));
	}

	Feedback acceptingAlmost(Optional<Rating> newSuggestion) {
		return new Feedback(this.card, this.grade, this.response, true, newSuggestion, newSuggestion);
	}

}
