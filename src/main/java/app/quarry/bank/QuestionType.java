package app.quarry.bank;

import java.util.Optional;

import app.quarry.base.PureCore;

/**
 * What a question tests: the bank's {@code type} field. bank-format.md lets new types
 * appear, so a type this version does not know is kept as text and shown in words.
 */
@PureCore
public enum QuestionType implements BankName {

	DATE, COUNT, QUOTE, PERSON, ENTITY, LETTER, IMPORTED;

	@Override
	public String label() {
		return switch (this) {
			case DATE -> "Date";
			case COUNT -> "Number";
			case QUOTE -> "Who said it";
			case PERSON -> "Person";
			case ENTITY -> "Organisation";
			case LETTER -> "Letter";
			case IMPORTED -> "Imported";
		};
	}

	public static Optional<QuestionType> of(String bankName) {
		return BankName.find(values(), bankName);
	}

	/**
	 * The label of a bank name; a type this version does not know still reads as words.
	 */
	public static String label(String bankName) {
		return BankName.label(values(), bankName);
	}

}
