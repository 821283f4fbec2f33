package app.quarry.bank;

import java.util.Optional;

import app.quarry.base.PureCore;

/**
 * What a question tests: the bank's {@code type} field. bank-format.md lets new types
 * appear, so a type this version does not know is kept as text and shown in words.
 */
@PureCore
public enum QuestionType {

	DATE("date", "Date"), COUNT("count", "Number"), QUOTE("quote", "Who said it"), PERSON("person", "Person"),
	ENTITY("entity", "Organisation"), LETTER("letter", "Letter"), IMPORTED("imported", "Imported");

	private final String bankName;

	private final String label;

	QuestionType(String bankName, String label) {
		this.bankName = bankName;
		this.label = label;
	}

	/** The name bank.json and the database use. */
	public String bankName() {
		return this.bankName;
	}

	/** What people read: "Who said it", not {@code quote}. */
	public String label() {
		return this.label;
	}

	/** Whether {@code bankName} names this type. */
	public boolean names(String bankName) {
		return this.bankName.equals(bankName);
	}

	public static Optional<QuestionType> of(String bankName) {
		for (QuestionType type : values()) {
			if (type.names(bankName)) {
				return Optional.of(type);
			}
		}
		return Optional.empty();
	}

	/**
	 * The label of a bank name; a type this version does not know still reads as words.
	 */
	public static String label(String bankName) {
		return of(bankName).map(QuestionType::label).orElseGet(() -> BankNames.inWords(bankName));
	}

}
