package app.quarry.generation;

import java.util.regex.Pattern;

/**
 * Numbers set off by commas after a name, as ages are in a list of people: "Jane Roe, 20;
 * Tom Hale, 20; Ann Doe, 19". Such a number is said of its name, and is no part of it as
 * "iOS 5" is: where the asked number is one of them, the same number beside another name
 * is the same kind of thing, so it is blanked with it rather than giving it away.
 */
final class ApposedNumbers {

	/** "Jane Roe, ": a capitalised word set off by a comma right before a number. */
	private static final Pattern APPOSED_BEFORE = Pattern.compile("\\p{Lu}[\\p{L}’'.-]*,\\s$");

	/** ";", ",", ".", a bracket or the sentence's end right after the number. */
	private static final Pattern APPOSED_AFTER = Pattern.compile("\\s*(?:[,;.)]|$)");

	private ApposedNumbers() {
	}

	/**
	 * Whether the number at {@code from}..{@code to} and the one at
	 * {@code start}..{@code end} of the same text both stand set off after a name.
	 */
	static boolean bothApposed(String sentence, int from, int to, int start, int end) {
		return apposed(sentence, from, to) && apposed(sentence, start, end);
	}

	private static boolean apposed(String sentence, int start, int end) {
		return APPOSED_BEFORE.matcher(sentence).region(0, start).find()
				&& APPOSED_AFTER.matcher(sentence).region(end, sentence.length()).lookingAt();
	}

}
