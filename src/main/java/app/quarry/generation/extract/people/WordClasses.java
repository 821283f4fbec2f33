package app.quarry.generation.extract.people;

/**
 * The word classes (universal part-of-speech tags: NOUN, VERB, ADV ...) of a few words,
 * for the question writers that must tell a role's noun from a verb or an adverb left at
 * its edge ("Replied", "currently").
 */
public final class WordClasses {

	private WordClasses() {
	}

	/** One tag per word, the words read as one run. */
	public static String[] of(String... words) {
		return words.length == 0 ? new String[0] : PartOfSpeech.tags(words);
	}

}
