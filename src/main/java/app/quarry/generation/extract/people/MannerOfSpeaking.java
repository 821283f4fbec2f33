package app.quarry.generation.extract.people;

/**
 * '"…," Tom enthused.', '"…", Mara sighs, pointing to …': after words handed over by a
 * comma, a verb that closes its clause right after the speaker's name tells how the words
 * were said, whatever the verb. Past forms and the present of the third person ("sighs",
 * "laughs", "shrugs") both do; the present is what features and profiles are told in.
 */
final class MannerOfSpeaking {

	private static final int MIN_PRESENT_LETTERS = 4;

	private MannerOfSpeaking() {
	}

	/** Whether the lower-case word may be such a verb: "enthused", "sighs". */
	static boolean verbForm(String lower) {
		if (lower.endsWith("ed")) {
			return true;
		}
		// "sighs", "laughs", never "news", "always", "thus" or "less"
		return lower.length() >= MIN_PRESENT_LETTERS && lower.endsWith("s") && !lower.endsWith("ss")
				&& !lower.endsWith("us") && !lower.endsWith("is") && !lower.endsWith("ys") && !lower.endsWith("ews")
				&& lower.chars().allMatch(Character::isLetter);
	}

}
