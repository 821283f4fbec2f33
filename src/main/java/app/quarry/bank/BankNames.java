package app.quarry.bank;

import app.quarry.base.PureCore;

/** A bank name this version has no label for, shown in words rather than hidden. */
@PureCore
final class BankNames {

	private BankNames() {
	}

	/** {@code time_of_day} as "Time of day". */
	static String inWords(String bankName) {
		String spaced = bankName.replace('_', ' ').strip();
		return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
	}

}
