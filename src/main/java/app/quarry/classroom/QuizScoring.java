package app.quarry.classroom;

import app.quarry.bank.grading.Verdict;

/**
 * Marks per verdict: a correct answer scores 1, an "almost" (a close misspelling, a less
 * precise date) half, a wrong or missing one 0. In a quiz nobody is there to accept an
 * "almost" on the spot, so it gets partial credit instead of the study page's learner
 * decision.
 */
final class QuizScoring {

	private QuizScoring() {
	}

	static double score(Verdict verdict) {
		return switch (verdict) {
			case CORRECT -> 1.0;
			case ALMOST -> 0.5;
			case WRONG -> 0.0;
		};
	}

}
