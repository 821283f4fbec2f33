package app.quarry.bank.grading;

import app.quarry.base.PureCore;

/**
 * Grades multiple-choice and true/false responses by the identity of the chosen option:
 * the option's text exactly as stored, never a lenient comparison, since distractors may
 * differ from the answer by one character ("April 1, 2018" and "April 1, 2019").
 */
@PureCore
public final class ChoiceGrader {

	private ChoiceGrader() {
	}

	public static Grade grade(String chosenOption, String answer) {
		if (chosenOption == null) {
			return Grade.wrong("no option chosen");
		}
		return chosenOption.equals(answer) ? Grade.correct("chose “" + answer + "”")
				: Grade.wrong("chose “" + chosenOption + "”, not “" + answer + "”");
	}

}
