package app.quarry.bank;

import java.util.Locale;
import java.util.Optional;

/**
 * A value the bank stores by name ({@link QuestionFormat}, {@link QuestionType}): read
 * from that name, shown by its label. The name is the enum constant's in lower case
 * ({@code MULTIPLE_CHOICE} is {@code multiple_choice}), so renaming a constant changes
 * bank.json and the database: QuestionFormatTest pins every name.
 */
public interface BankName {

	/** The enum constant's name. */
	String name();

	/** The name bank.json and the database use. */
	default String bankName() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** What people read: "Multiple choice", not {@code multiple_choice}. */
	String label();

	/** Whether {@code name} names this value. */
	default boolean names(String name) {
		return bankName().equals(name);
	}

	static <E extends BankName> Optional<E> find(E[] values, String name) {
		for (E value : values) {
			if (value.names(name)) {
				return Optional.of(value);
			}
		}
		return Optional.empty();
	}

	/** The label of a name; one this version does not know reads as words. */
	static <E extends BankName> String label(E[] values, String name) {
		return find(values, name).map(BankName::label).orElseGet(() -> inWords(name));
	}

	/** {@code time_of_day} as "Time of day". */
	private static String inWords(String name) {
		String spaced = name.replace('_', ' ').strip();
		return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
	}

}
