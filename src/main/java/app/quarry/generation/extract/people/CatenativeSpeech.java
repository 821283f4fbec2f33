package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * "The Ledger goes on to say", "Roe went on to tell reporters", "the minister continued
 * to insist": a speech verb in the infinitive after a verb that carries it. The subject
 * is that verb's, so the words up to it, not up to the speech verb, are the speaker;
 * "goes on to" is no part of anyone's name or description.
 */
final class CatenativeSpeech {

	/** Verbs that carry an infinitive of speech, with or without "on". */
	private static final Set<String> CARRIERS = NameLexicon.words("go", "goes", "went", "gone", "going", "continue",
			"continues", "continued", "continuing", "proceeds", "proceeded", "moved", "moves", "hastened", "hastens");

	private CatenativeSpeech() {
	}

	/**
	 * The verb that carries the speech verb at {@code verb} ("goes" in "goes on to say"),
	 * or {@code verb} itself when no such verb stands before it.
	 */
	static int carrier(DocumentTokens doc, int verb) {
		int t = verb - 1;
		if (t < 1 || !doc.get(t).is("to") || doc.boundaryBefore(verb) || doc.boundaryBefore(t)) {
			return verb;
		}
		t--;
		if (doc.get(t).is("on") && t > 0 && !doc.boundaryBefore(t)) {
			t--;
		}
		return CARRIERS.contains(doc.get(t).text()) ? t : verb;
	}

}
