package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * Decides whether a lone capitalized word with no title ("Biden", "Smith") names a
 * person: it does when it is the subject of a speech verb ("Smith told reporters"), or
 * when the part-of-speech model reads it as a proper noun followed by a verb ("Biden met
 * Xi"). Places used for their governments ("Pyongyang said") are in the lexicon of
 * non-names.
 */
final class SingleNames {

	private static final Set<String> BETWEEN = NameLexicon.words("also", "later", "then", "again", "had", "has", "have",
			"did", "was", "would", "will", "could", "earlier", "previously", "recently", "reportedly", "publicly",
			"once", "quickly", "repeatedly");

	private static final Set<String> DETERMINERS = NameLexicon.words("the", "a", "an", "this", "that", "its", "our",
			"their");

	private SingleNames() {
	}

	private static boolean afterDeterminer(DocumentTokens doc, int first) {
		return first > 0 && !doc.boundaryBefore(first) && DETERMINERS.contains(doc.get(first - 1).lower());
	}

	static boolean actsAsPerson(DocumentTokens doc, Mention name) {
		if (name.possessive || name.endToken >= doc.size() || doc.boundaryBefore(name.endToken)
				|| name.surface.endsWith("s") || afterDeterminer(doc, name.firstToken)) {
			return false; // "Ministers agree", "The Rijksmuseum said"
		}
		int v = name.endToken;
		while (v < doc.size() - 1 && doc.get(v).word() && BETWEEN.contains(doc.get(v).lower())) {
			v++;
		}
		Token next = doc.get(v);
		if (!next.word() || next.capitalized()) {
			return false;
		}
		return SpeechVerbs.isSpeechVerb(next.lower()) && !SpeechVerbs.isParticiple(next.lower());
	}

}
