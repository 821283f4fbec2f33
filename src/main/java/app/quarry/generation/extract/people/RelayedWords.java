package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * Words a sentence gives as someone's reply: 'Roe's answer when asked was “…,” Lind said'
 * quotes Roe, whom Lind only reports. The possessor of a noun for what was said, opening
 * the sentence, with a copula right before the quote, is the speaker; whoever closes the
 * sentence with "said" relays the words and did not say them.
 */
final class RelayedWords {

	/** Nouns for what someone said or wrote back. */
	private static final Set<String> SAID_THINGS = NameLexicon.words("response", "reply", "answer", "words", "message",
			"reaction", "advice", "instruction", "instructions", "comment", "verdict", "plea", "motto", "promise",
			"warning", "request", "explanation", "excuse", "retort", "refrain", "slogan", "mantra", "greeting",
			"question", "order", "orders", "wish", "farewell", "word");

	private static final Set<String> COPULAS = NameLexicon.words("was", "is", "were", "are", "been");

	private static final Set<String> OWNING_PRONOUNS = NameLexicon.words("his", "her");

	/** How far into its sentence the possessive may stand: "The young skipper's". */
	private static final int MAX_OWNER_WORDS = 4;

	private final DocumentPeople people;

	private final DocumentTokens doc;

	RelayedWords(DocumentPeople people) {
		this.people = people;
		this.doc = people.doc;
	}

	/**
	 * The attribution of words given as a possessor's reply, or null when the quote is
	 * not the complement of such a sentence. The possessor is a named person, the person
	 * a possessive pronoun stands for, or a role the text describes ("the skipper"); any
	 * other possessor leaves the words a quotation of nobody known.
	 */
	Attribution attribution(int open) {
		if (open < 3 || this.doc.boundaryBefore(open) || !COPULAS.contains(this.doc.get(open - 1).lower())) {
			return null;
		}
		int start = open;
		while (start > 0 && !this.doc.boundaryBefore(start)) {
			start--;
		}
		for (int t = start; t < open - 1 && t <= start + MAX_OWNER_WORDS; t++) {
			if (!this.doc.get(t).word()) {
				return null;
			}
			boolean saidThing = SAID_THINGS.contains(this.doc.get(t + 1).lower());
			if (saidThing && this.doc.get(t).is("’s") || saidThing && this.doc.get(t).is("'s")) {
				return new Attribution(true, owner(start, t));
			}
			if (saidThing && t == start && OWNING_PRONOUNS.contains(this.doc.get(t).lower())) {
				Mention pronoun = this.people.index.mentionStartingAt(t);
				return new Attribution(true, pronoun == null ? null : pronoun.person);
			}
		}
		return null;
	}

	/** Who owns the reply: the words from the sentence start to the possessive mark. */
	private LocalPerson owner(int start, int possessive) {
		Mention named = this.people.index.mentionEndingAt(possessive - 1);
		if (named != null) {
			return named.person;
		}
		boolean article = this.doc.get(start).lower().equals("the");
		String role = this.doc.get(possessive - 1).lower();
		return article && possessive - start == 2 && NameLexicon.isRoleNoun(role)
				? SourceSpeakers.described(this.doc.span(start, possessive)) : null;
	}

}
