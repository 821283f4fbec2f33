package app.quarry.generation.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A rank written with "No.": "the No. 2 music retailer", "the nation's No. 1 automaker".
 * The number places the noun after it as an ordinal does ("the second retailer"); "No. 10
 * Downing Street" or "Form No. 7" name something instead, and no noun follows them in
 * lower case.
 */
final class NumberedRanks {

	/** "No." just before the number, as a word of its own. */
	private static final Pattern NO_BEFORE = Pattern.compile("(?<![\\p{L}.])No\\.\\s?$");

	/** A rank is small: "No. 1" to "No. 99"; "No. 1234" is a serial number. */
	private static final Pattern SMALL = Pattern.compile("[1-9]\\d?");

	private NumberedRanks() {
	}

	/** Whether the number is a rank told with "No.". */
	static boolean ranks(String before, String number) {
		return number != null && SMALL.matcher(number).matches() && NO_BEFORE.matcher(before).find();
	}

	/**
	 * The noun ranked: the first lower-case noun after the number, past names that
	 * qualify it ("the No. 3 U.K. shoe retailer" ranks retailers); null when a name or
	 * nothing follows.
	 */
	static String unit(List<String> words) {
		int i = 0;
		while (i < words.size() - 1 && Character.isUpperCase(words.get(i).charAt(0))
				&& Character.isLowerCase(words.get(i + 1).charAt(0))) {
			i++;
		}
		if (i >= words.size() || !Character.isLowerCase(words.get(i).charAt(0))) {
			return null;
		}
		String unit = OrdinalNounHeads.unit(words.subList(i, words.size()), false);
		// "called No. 10 yesterday": a word of time or place after it is no noun ranked
		return unit == null || Nouns.ADVERBS_AFTER_A_NUMBER.contains(unit) ? null : unit;
	}

}
