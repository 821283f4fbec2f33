package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * "Jane Roe, the mayor of Upton opened the new bridge on Monday": an apposition whose
 * closing comma was left out runs into the sentence's verb. A past tense in lower case
 * right after the capitalized word that ends a name or a place, and itself followed by
 * the article or the owner of its object, is that verb, not part of the role: a role
 * reads on with a preposition ("the mayor of Upton based in ..."), not with an object.
 */
final class RunOnAppositions {

	/** What opens the object of a verb: an article or an owner. */
	private static final Set<String> OBJECT_OPENERS = NameLexicon.words("the", "a", "an", "his", "her", "its", "their",
			"our", "my", "this", "that", "these", "those");

	/** Auxiliaries that open a sentence's verb: "has left", "was named", "will visit". */
	private static final Set<String> AUXILIARIES = NameLexicon.words("has", "had", "have", "is", "was", "are", "were",
			"will", "would");

	/** Words that open a clause inside a role, whose own verb may follow a name. */
	private static final Set<String> RELATIVES = NameLexicon.words("who", "whom", "whose", "which", "that", "where",
			"when");

	private RunOnAppositions() {
	}

	/**
	 * "Jane Roe, deputy mayor of Upton has left for the site.": an auxiliary in lower
	 * case right after the capitalized word that ends the role, and a verb after it, is
	 * the sentence's verb, where no relative clause inside the role could own it ("a firm
	 * Acme has bought") and no comma further on could be the apposition's own closing
	 * one.
	 */
	static boolean auxiliaryAfterName(DocumentTokens doc, int first, int t) {
		if (t <= first || t + 1 >= doc.size() || doc.boundaryBefore(t) || doc.boundaryBefore(t + 1)) {
			return false;
		}
		Token auxiliary = doc.get(t);
		Token verb = doc.get(t + 1);
		if (!auxiliary.word() || auxiliary.capitalized() || !AUXILIARIES.contains(auxiliary.lower())
				|| !doc.get(t - 1).word() || !doc.get(t - 1).capitalized() || !verb.word() || verb.capitalized()) {
			return false;
		}
		for (int k = first; k < t; k++) {
			if (RELATIVES.contains(doc.get(k).lower())) {
				return false;
			}
		}
		for (int k = t + 1; k < doc.size() && !doc.boundaryBefore(k); k++) {
			if (doc.get(k).is(",")) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Whether the token at {@code t} is the sentence's verb after an unclosed apposition.
	 */
	static boolean verbAfterName(DocumentTokens doc, int t) {
		if (t < 1 || t + 1 >= doc.size() || doc.boundaryBefore(t) || doc.boundaryBefore(t + 1)) {
			return false;
		}
		Token verb = doc.get(t);
		String lower = verb.lower();
		return verb.word() && !verb.capitalized() && lower.length() > 4 && lower.endsWith("ed")
				&& doc.get(t - 1).capitalized() && doc.get(t - 1).word()
				&& OBJECT_OPENERS.contains(doc.get(t + 1).lower());
	}

}
