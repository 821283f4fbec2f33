package app.quarry.bank;

import java.util.Optional;

import app.quarry.base.PureCore;

/**
 * What a question tests: the bank's {@code type} field. bank-format.md lets new types
 * appear, so a type this version does not know is kept as text and shown in words.
 */
@PureCore
public enum QuestionType implements BankName {

	DATE("date", "Date"), COUNT("count", "Number"), QUOTE("quote", "Who said it"), PERSON("person", "Person"),
	ENTITY("entity", "Organisation"), LETTER("letter", "Letter"), IMPORTED("imported", "Imported");

	private final String bankName;

	private final String label;

	QuestionType(String bankName, String label) {
		this.bankName = bankName;
		this.label = label;
	}

	@Override
	public String bankName() {
		return this.bankName;
	}

	@Override
	public String label() {
		return this.label;
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
