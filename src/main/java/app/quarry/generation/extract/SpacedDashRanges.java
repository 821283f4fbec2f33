package app.quarry.generation.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "aged 6 – 9 years", "from 20 — 30 people": a range written with a spaced dash, as
 * typeset text writes it, is asked by its lower end like "6 to 9 years"; its upper end
 * would leave the lower one in the sentence as a clue. A score ("won 3 – 1") falls from
 * the higher number to the lower and is no range.
 */
final class SpacedDashRanges {

	/** The lower end and the spaced dash right before the number read. */
	private static final Pattern LOWER_BEFORE = Pattern.compile("(?<![\\d.,])(\\d{1,3})\\s+[–—]\\s+$");

	/** A lower-case word after the upper end, the unit both ends share. */
	private static final Pattern UNIT_AFTER = Pattern.compile("\\s+\\p{Ll}");

	private SpacedDashRanges() {
	}

	/** Whether the number of {@code value} ending at {@code end} ends such a range. */
	static boolean endsOne(String clean, String before, int end, long value) {
		Matcher lower = LOWER_BEFORE.matcher(before);
		return lower.find() && Long.parseLong(lower.group(1)) < value
				&& UNIT_AFTER.matcher(clean).region(end, clean.length()).lookingAt();
	}

}
