package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * '“…”, his profile reads', '“…,” her statement said', '“…,” their letter states': a
 * written thing a possessive pronoun owns, tagged after a quote with a verb that hands
 * over words, holds its owner's words. The owner is whom the pronoun stands for; what the
 * pronoun owns must be something written, for "his lawyer said" and "her spokesman said"
 * are another's words.
 */
final class OwnWritingsAfterQuote {

	/** Pronouns that own a writing: "his", "her", "their". */
	private static final Set<String> OWNERS = NameLexicon.words("his", "her", "their");

	/** Things a person writes or has written under their name, besides documents. */
	private static final Set<String> WRITINGS = NameLexicon.words("profile", "blog", "diary", "biography", "bio",
			"caption", "tweet", "website", "page", "account", "will", "note", "essay", "column", "book", "memoir",
			"letter", "statement", "post", "email", "e-mail", "message");

	/** Words that may stand between the pronoun and its writing: "his online profile". */
	private static final int MAX_MODIFIERS = 2;

	/** "reads", "read": how a written text is said to say something. */
	private static final Set<String> READING = NameLexicon.words("reads", "read");

	private OwnWritingsAfterQuote() {
	}

	/**
	 * Whether the possessive pronoun at {@code owner} opens a writing of its owner's
	 * followed by a verb that hands over its words ("his profile reads", "her blog
	 * said"), the tag ending there.
	 */
	static boolean speaks(DocumentTokens doc, AttributionClauses clauses, int owner) {
		int n = doc.size();
		if (owner >= n || !OWNERS.contains(doc.get(owner).lower()) || doc.get(owner).capitalized()) {
			return false;
		}
		for (int u = owner + 1; u < n && u <= owner + 1 + MAX_MODIFIERS && !doc.boundaryBefore(u); u++) {
			Token token = doc.get(u);
			if (!token.word() || token.capitalized()) {
				return false;
			}
			String lower = token.lower();
			if (WRITINGS.contains(lower) || DocumentVoices.NOUNS.contains(lower)) {
				int verb = u + 1;
				if (verb >= n || doc.boundaryBefore(verb) || doc.get(verb).capitalized()) {
					return false;
				}
				String said = doc.get(verb).lower();
				return READING.contains(said) || clauses.finiteSpeechVerbAt(verb) && !SpeechVerbs.isParticiple(said);
			}
		}
		return false;
	}

}
