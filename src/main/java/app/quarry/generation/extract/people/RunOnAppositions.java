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

	private RunOnAppositions() {
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
