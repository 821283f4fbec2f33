package app.quarry.generation.extract.people;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The word classes (universal part-of-speech tags: NOUN, VERB, ADV ...) of a few words,
 * for the question writers that must tell a role's noun from a verb or an adverb left at
 * its edge ("Replied", "currently").
 */
public final class WordClasses {

	/**
	 * Runs already tagged: the writers ask for the same role and name once per format of
	 * a person's questions, and the tagger is the costliest step of writing them. Cleared
	 * when full, so a long run over many corpora keeps it small.
	 */
	private static final Map<String, String[]> TAGGED = new ConcurrentHashMap<>();

	private static final int MAX_TAGGED = 20_000;

	private WordClasses() {
	}

	/** One tag per word, the words read as one run. */
	public static String[] of(String... words) {
		if (words.length == 0) {
			return new String[0];
		}
		String key = String.join(" ", words);
		String[] tags = TAGGED.get(key);
		if (tags == null) {
			tags = PartOfSpeech.tags(words);
			if (TAGGED.size() >= MAX_TAGGED) {
				TAGGED.clear();
			}
			TAGGED.put(key, tags);
		}
		return tags.clone();
	}

}
