package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * Whether two quoted words inside what a body or a described speaker is reported to have
 * said are that speaker's own: "Acme said it expects orders to be “somewhat higher” than
 * in spring", "A steward said she had “seen nothing”", "Wardens said on Friday that they
 * were “fairly sure”". Two words say too little to tell whose they are unless the
 * reported clause speaks of the speaker itself: a clause whose subject is another party,
 * introduced by an article or a possessive ("announced that its auditors had “substantial
 * doubt”", "said the union called it a “bad deal”"), may be quoting that party instead.
 */
final class FragmentsOfTheSpeakersClause {

	/** Words that open a noun phrase naming a party other than the speaker. */
	private static final Set<String> OTHER_PARTY = NameLexicon.words("the", "a", "an", "this", "these", "those", "its",
			"their", "his", "her", "our", "my", "your", "another", "one", "some", "many", "several", "each", "every",
			"both", "all", "no", "any");

	private final DocumentTokens doc;

	private final AttributionClauses clauses;

	FragmentsOfTheSpeakersClause(DocumentPeople people, AttributionClauses clauses) {
		this.doc = people.doc;
		this.clauses = clauses;
	}

	/**
	 * Whether the clause reported by the nearest speech verb before the quote opening at
	 * {@code open} starts with no other party's noun phrase and no name.
	 */
	boolean speakersOwn(int open) {
		int sentence = this.doc.sentence[open];
		for (int t = open - 1; t > 0 && t >= open - AttributionClauses.MAX_LOOK_BACK
				&& this.doc.sentence[t] == sentence; t--) {
			Token token = this.doc.get(t);
			if (token.is("”") || token.is("\"") || token.is("“")) {
				return false;
			}
			if (this.clauses.speechVerbAt(t)) {
				return clauseOpensWithoutOtherParty(t + 1, open);
			}
		}
		return false;
	}

	/**
	 * "Acme Holdings Inc. said …", "The company also said …": whether the words before
	 * the verb are the whole subject of the sentence and name an organisation, by two
	 * capitalised words or more or by "the" and a body that speaks as one. A bare
	 * capitalised word ("Analysts said") may be no name at all.
	 */
	static boolean organisationOpensSentenceBefore(DocumentTokens doc, int verb) {
		int t = verb - 1;
		if (t > 0 && doc.get(t).lower().equals("also")) {
			t--;
		}
		if (t >= 1 && doc.startsSentence[t - 1] && doc.get(t - 1).lower().equals("the")
				&& SourceSpeakers.SPEAKING_BODIES.contains(doc.get(t).lower())) {
			return true;
		}
		int capitalised = 0;
		for (; t >= 0; t--) {
			Token token = doc.get(t);
			boolean abbreviation = token.is(".") && t > 0 && doc.get(t - 1).capitalized();
			if (token.word() && token.capitalized()) {
				capitalised++;
			}
			else if (!abbreviation && !token.is("&")) {
				return false;
			}
			if (doc.startsSentence[t]) {
				return capitalised >= 2;
			}
		}
		return false;
	}

	private boolean clauseOpensWithoutOtherParty(int from, int open) {
		int t = from;
		if (t < open && this.doc.get(t).lower().equals("that")) {
			t++;
		}
		if (t >= open || !this.doc.get(t).word()) {
			return false;
		}
		Token first = this.doc.get(t);
		return !OTHER_PARTY.contains(first.lower()) && !first.capitalized();
	}

}
