package app.quarry.generation.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * ISO dates ("2019-06-30") and months ("2019-06") read as {@link LocalDate#parse} and
 * {@link YearMonth#parse} read them, without the formatter for the shape every value has:
 * the formatter's general parsing was most of the cost of showing a date. Anything else,
 * an impossible date included, is left to the formatter, which gives its own error.
 */
public final class IsoDates {

	private IsoDates() {
	}

	public static LocalDate day(String iso) {
		if (iso.length() == 10 && isMonth(iso) && iso.charAt(7) == '-' && digits(iso, 8, 10)) {
			try {
				return LocalDate.of(number(iso, 0, 4), number(iso, 5, 7), number(iso, 8, 10));
			}
			catch (DateTimeException ex) {
				// not a day of the calendar: the formatter says so
			}
		}
		return LocalDate.parse(iso);
	}

	public static YearMonth month(String iso) {
		if (iso.length() == 7 && isMonth(iso)) {
			try {
				return YearMonth.of(number(iso, 0, 4), number(iso, 5, 7));
			}
			catch (DateTimeException ex) {
				// not a month of the calendar: the formatter says so
			}
		}
		return YearMonth.parse(iso);
	}

	/** Whether the text begins with four digits, a dash and two digits. */
	private static boolean isMonth(String iso) {
		return digits(iso, 0, 4) && iso.charAt(4) == '-' && digits(iso, 5, 7);
	}

	private static boolean digits(String text, int from, int to) {
		for (int i = from; i < to; i++) {
			if (text.charAt(i) < '0' || text.charAt(i) > '9') {
				return false;
			}
		}
		return true;
	}

	private static int number(String text, int from, int to) {
		int n = 0;
		for (int i = from; i < to; i++) {
			n = n * 10 + text.charAt(i) - '0';
		}
		return n;
	}

}
