package app.quarry.generation.extract;

import java.util.regex.Pattern;

/**
 * "Three quarters of the staff", "two thirds of the vote", "two-fifths of its value": a
 * number before a fraction's denominator says how large a share is, it counts no quarters
 * or thirds. "The first three quarters of the year" and "two quarters of 2009" count a
 * company's quarters, and are left to count.
 */
final class Fractions {

	private static final Pattern SHARE_AFTER = Pattern
		.compile("(?i)[\\s-]+(?:quarters|thirds|fifths|sixths|eighths|tenths)\\s+of\\b"
				+ "(?!\\s+(?:(?:the|this|that|last|next|its|their|a|fiscal|calendar)\\s+)*(?:years?|fiscal|\\d{4})\\b)");

	private Fractions() {
	}

	/** Whether the number that ends at {@code end} is the numerator of a share. */
	static boolean isShare(String clean, int end) {
		return SHARE_AFTER.matcher(clean).region(end, clean.length()).lookingAt();
	}

}
