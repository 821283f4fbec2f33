package app.quarry.generation.extract;

import java.util.Locale;

/**
 * The value of a count as news writes it: in digits or words, with a scale after it, or
 * with its tens and units set apart as speech is written down.
 */
final class SpokenNumbers {

	private SpokenNumbers() {
	}

	/** "13.7 million" is 13700000; "three thousand" is 3000. */
	static long scaled(String number, String scale) {
		long factor = switch (scale.toLowerCase(Locale.ROOT)) {
			case "dozen" -> 12L;
			case "hundred" -> 100L;
			case "thousand" -> 1_000L;
			case "million" -> 1_000_000L;
			case "billion" -> 1_000_000_000L;
			case "quadrillion" -> 1_000_000_000_000_000L;
			case "quintillion" -> 1_000_000_000_000_000_000L;
			default -> 1_000_000_000_000L;
		};
		String n = number.replace(",", "");
		if (SpokenCompounds.isHalf(n)) {
			return factor / 2; // "a half million", "half a million"
		}
		if (SpokenCompounds.quarters(n) > 0) {
			return factor / 4 * SpokenCompounds.quarters(n); // "a quarter of a million"
		}
		if (Character.isDigit(n.charAt(0))) {
			java.math.BigDecimal value = new java.math.BigDecimal(n).multiply(java.math.BigDecimal.valueOf(factor));
			// beyond what a count can hold ("12 quintillion"): no count read
			return value.compareTo(java.math.BigDecimal.valueOf(Long.MAX_VALUE)) > 0 ? -1 : value.longValue();
		}
		Long words = n.equalsIgnoreCase("a") ? Long.valueOf(1) : cardinal(n); // "a
																				// million"
		return words == null || words > Long.MAX_VALUE / factor ? -1 : words * factor;
	}

	/**
	 * "27", "twenty-seven", and "twenty seven" or "two hundred and thirty four" as speech
	 * is written down.
	 */
	static Long cardinal(String number) {
		Long compound = SpokenCompounds.hundreds(number);
		if (compound != null) {
			return compound;
		}
		Long value = NumberWords.cardinal(number);
		return value != null || !number.matches("(?i)" + CountFinder.SPOKEN_TENS) ? value
				: NumberWords.cardinal(number.replaceFirst("\\s", "-"));
	}

}
