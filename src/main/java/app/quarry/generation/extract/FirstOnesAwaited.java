package app.quarry.generation.extract;

import java.util.regex.Pattern;

/**
 * "the first boat rescued on Monday", "The first vote is to be held in May": "the first"
 * before a single thing that the clause goes on to tell of (done to it, or still to come)
 * names that thing as the earliest of its kind; it tells no count to be asked.
 */
final class FirstOnesAwaited {

	/** "the " just before the ordinal. */
	private static final Pattern THE_BEFORE = Pattern.compile("(?:^|\\s)the\\s+$");

	/**
	 * A singular noun, then a participle told of a time or place, "is to", or a deed
	 * still to come: " boat rescued on", " vote is to ", " jet can be flown". People and
	 * nations are left out: "the first woman elected in the state" is a milestone, which
	 * ranks her first.
	 */
	private static final Pattern NOUN_THEN_DEED = Pattern.compile("\\s+(?!(?:wo)?man\\b|person\\b|nation\\b"
			+ "|country\\b|team\\b|player\\b|athlete\\b|member\\b)\\p{Ll}+(?<!s)\\s+(?:\\p{Ll}{2,}ed\\s+(?:on|in|at"
			+ "|from|during|after|before|yesterday|today|last|this)\\b|(?:is|was)\\s+to\\s"
			// "the first jet can be flown in May", "the first unit is expected to ship":
			// the earliest one still to come
			+ "|(?:can|could|will|would|should|may|might)\\s+be\\s+\\p{Ll}{2,}(?:ed|en|wn|lt|ld)\\b"
			+ "|(?:is|was)\\s+(?:expected|due|scheduled|set)\\s+to\\s)");

	private FirstOnesAwaited() {
	}

	/** Whether "first" at {@code end} tells of the earliest one rather than a rank. */
	static boolean awaited(String ordinal, String lowerBefore, String clean, int end) {
		return ordinal.equalsIgnoreCase("first") && THE_BEFORE.matcher(lowerBefore).find()
				&& NOUN_THEN_DEED.matcher(clean).region(end, clean.length()).lookingAt();
	}

}
