package app.quarry.bank;

import java.util.Optional;

import app.quarry.base.PureCore;

/**
 * How a question is asked: the bank's {@code format} field. Questions carry the bank's
 * name as text (bank.json, the database, the generator); code that decides by format
 * converts it here, once, at its edge.
 */
@PureCore
public enum QuestionFormat implements BankName {

	MULTIPLE_CHOICE, TRUE_FALSE, TYPED, CLOZE, FLASHCARD;

	@Override
	public String label() {
		return switch (this) {
			case MULTIPLE_CHOICE -> "Multiple choice";
			case TRUE_FALSE -> "True or false";
			case TYPED -> "Typed answer";
			case CLOZE -> "Fill in the blank";
			case FLASHCARD -> "Flashcard";
		};
	}

	/** Objective formats are graded by the app; a flashcard is rated by the learner. */
	public boolean isObjective() {
		return this != FLASHCARD;
	}

	/** Formats answered by picking one of the question's options. */
	public boolean hasOptions() {
		return this == MULTIPLE_CHOICE || this == TRUE_FALSE;
	}

	/**
	 * The format a bank name stands for; empty for a format this version does not know.
	 */
	public static Optional<QuestionFormat> of(String bankName) {
		return BankName.find(values(), bankName);
	}

	public static QuestionFormat ofBankName(String bankName) {
		return of(bankName).orElseThrow(() -> new IllegalArgumentException("unknown question format: " + bankName));
	}

	/**
	 * The label of a bank name; a format this version does not know still reads as words.
	 */
	public static String label(String bankName) {
		return BankName.label(values(), bankName);
	}

}
