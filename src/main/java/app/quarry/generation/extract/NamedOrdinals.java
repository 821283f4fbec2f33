package app.quarry.generation.extract;

import java.util.List;

/**
 * A capitalised number inside a sentence that opens a name counts nothing: "the One Day
 * International", "the Seven Years' War", "the Second Acme War", "the Third Westrian
 * Republic". A capitalised ordinal before a single capitalised noun still ranks it ("the
 * Fourteenth Amendment" is the fourteenth amendment); before two or more it is the first
 * word of a longer name, whose own head is not what the ordinal ranks among like things.
 */
final class NamedOrdinals {

	private NamedOrdinals() {
	}

	/**
	 * Whether a capitalised number, not at the start of a sentence, opens a name, given
	 * the words after it.
	 */
	static boolean opensName(boolean ordinal, List<String> words) {
		if (words.isEmpty() || !capitalised(words.get(0))) {
			return false;
		}
		return !ordinal || words.size() > 1 && capitalised(words.get(1)) && !possessive(words.get(0));
	}

	private static boolean capitalised(String word) {
		return Character.isUpperCase(word.charAt(0));
	}

	/** "the Fourth Acme's vote": a possessive ends the name after the first word. */
	private static boolean possessive(String word) {
		return word.endsWith("'s") || word.endsWith("’s");
	}

}
