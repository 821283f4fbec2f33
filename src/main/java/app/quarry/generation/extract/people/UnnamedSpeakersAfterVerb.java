package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * '“…,” says one senior city official involved in the talks.', '“…,” said a fire
 * department official in Leeds, who …': a speaker the text describes without a name,
 * after the speech verb. The description runs to its role noun, from "the" or from the
 * word after "a" or "one"; what follows it (a place, a clause) is left out.
 */
final class UnnamedSpeakersAfterVerb {

	private static final Set<String> DETERMINERS = NameLexicon.words("a", "an", "one", "another", "the");

	/** Words that end a description before its role: they start another phrase. */
	private static final Set<String> NOT_MODIFIERS = NameLexicon.words("of", "for", "to", "from", "with", "by", "in",
			"on", "at", "and", "or", "who", "which", "that", "whose", "as");

	/** Words between the determiner and the role noun at most: "a senior U.S. trade". */
	private static final int MAX_MODIFIERS = 4;

	/** Words a long title may run to after its first role noun: "and chairman of …". */
	private static final int MAX_TITLE_WORDS = 10;

	private final DocumentPeople people;

	private final DocumentTokens doc;

	private final DescribedSpeakers described;

	private final OwnedTitleAfterVerb ownedTitles;

	UnnamedSpeakersAfterVerb(DocumentPeople people, DescribedSpeakers described) {
		this.people = people;
		this.doc = people.doc;
		this.described = described;
		this.ownedTitles = new OwnedTitleAfterVerb(people.doc);
	}

	/** The described speaker whose determiner is at {@code t}, or null. */
	FoundSpeaker at(int t) {
		int n = this.doc.size();
		if (t >= n || this.doc.boundaryBefore(t)) {
			return null;
		}
		if (!DETERMINERS.contains(this.doc.get(t).lower()) || this.doc.get(t).capitalized()) {
			return this.ownedTitles.at(t); // "said Acme's marketing vice president"
		}
		FoundSpeaker forBody = forBody(t);
		if (forBody != null) {
			return forBody;
		}
		int head = -1;
		boolean doer = false;
		for (int u = t + 1; u < n && u <= t + 1 + MAX_MODIFIERS && !this.doc.boundaryBefore(u); u++) {
			Token token = this.doc.get(u);
			String lower = token.lower();
			if (!token.word() || NOT_MODIFIERS.contains(lower) || SpeechVerbs.isSpeechVerb(lower)) {
				break;
			}
			boolean role = !token.capitalized() && NameLexicon.isRoleNoun(lower);
			if (role) {
				head = u; // "an official spokesman": the last of the role nouns
				doer = false;
			}
			else if (ownedBody(t, u)) {
				head = u; // "the Westrian transport ministry": a body told as it is
				doer = true;
			}
			else if (!the(t) && !token.capitalized() && u > t + 1 && DoerDescriptions.isDoerNoun(lower)
					&& endsPhrase(u + 1)) {
				head = u; // "a Toledo brake parts supplier": one told by what she does
				doer = true;
			}
			else if (head >= 0) {
				break;
			}
		}
		if (head < 0) {
			return null;
		}
		if (namedFurtherOn(head + 1)) {
			// "said the treasurer and chairman of Acme Jim Roe": the speaker is
			// named at the end of a longer title, not the role it opens with
			return FoundSpeaker.UNRESOLVED;
		}
		if (doer) {
			return this.described.describedAs(t + 1, head + 1);
		}
		if (the(t)) {
			return this.described.described(t, head + 1);
		}
		// "a U.S. embassy official" is told as "U.S. embassy official", what the text
		// calls the speaker each time; "a spokesman" alone tells too little
		return head > t + 1 ? this.described.described(t + 1, head + 1) : FoundSpeaker.UNRESOLVED;
	}

	/**
	 * "said a spokesman for Acme": one who speaks for a body the text names, told as
	 * "Acme spokesman"; null when the phrase is no such one or a name follows it ("said a
	 * spokesman for Acme, Jane Roe").
	 */
	FoundSpeaker forBody(int t) {
		int end = RolesForBodies.end(this.doc, t);
		if (end < 0 || !endsPhrase(end) || namedFurtherOn(end)) {
			return null;
		}
		if (end + 1 < this.doc.size() && this.doc.get(end).is(",")
				&& this.people.index.mentionStartingAt(end + 1) != null) {
			return null;
		}
		return this.described.describedAs(t, end);
	}

	/**
	 * Whether the phrase goes on, before its first comma or stop, to a known given name
	 * with a name after it.
	 */
	private boolean namedFurtherOn(int from) {
		int n = this.doc.size();
		for (int u = from; u + 1 < n && u < from + MAX_TITLE_WORDS && this.doc.get(u).word()
				&& !this.doc.boundaryBefore(u); u++) {
			if (NameFinder.givenName(this.doc.get(u)) && this.doc.get(u + 1).nameLike()
					&& !this.doc.boundaryBefore(u + 1)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the description ends before {@code u}: a mark, a stop or another phrase.
	 */
	private boolean endsPhrase(int u) {
		return u >= this.doc.size() || this.doc.boundaryBefore(u) || !this.doc.get(u).word()
				|| NOT_MODIFIERS.contains(this.doc.get(u).lower());
	}

	/**
	 * 'said the Westrian transport ministry': a body noun closing a phrase after "the"
	 * that names whose body it is with a capital ("the Acme safety board"). "The
	 * ministry" alone tells too little.
	 */
	private boolean ownedBody(int t, int u) {
		Token token = this.doc.get(u);
		if (!the(t) || token.capitalized() || !SourceSpeakers.isBody(token.lower()) || !endsPhrase(u + 1)) {
			return false;
		}
		for (int m = t + 1; m < u; m++) {
			if (this.doc.get(m).capitalized()) {
				return true;
			}
		}
		return false;
	}

	private boolean the(int t) {
		return this.doc.get(t).lower().equals("the");
	}

}
