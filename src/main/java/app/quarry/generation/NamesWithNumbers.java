package app.quarry.generation;

import java.util.regex.Pattern;

/**
 * "SHA-1", "COVID-19", "F-16", "G-7": a name that ends in a number joined to it by a
 * hyphen. Its digits are part of the name, so a rank asked beside it is not given away by
 * them: "the _____ attack on SHA-1" still asks for "first".
 */
final class NamesWithNumbers {

	/**
	 * A word opening in a capital, a hyphen, then digits that end the word: "SHA-1",
	 * "Covid-19"; "1-0" is a score and "mid-2015" opens in lower case.
	 */
	private static final Pattern NAME_NUMBER = Pattern.compile("(?<![\\w-])\\p{Lu}\\p{L}*-\\d{1,4}(?![\\w-]|[.,]\\d)");

	private NamesWithNumbers() {
	}

	/** The text with such names left out, for a rank to be checked against it. */
	static String aside(String text) {
		if (text.indexOf('-') < 0) {
			return text;
		}
		return NAME_NUMBER.matcher(text).replaceAll(" ");
	}

}
