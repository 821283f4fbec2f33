package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * "Acme released a statement on Monday. They said “…”", "The ministry confirmed the
 * limits. The statement said “…”": a subject that stands for someone without naming them
 * ("They", "The statement"), opening the sentence right after a body spoke or put a
 * statement out, is that body. Only the sentence right before counts (or, for "The
 * statement", the one before a run of sentences that each open with it), and only when
 * the last one to speak there is a body, for "they" after people is most often those
 * people.
 */
final class BodiesSpeakingJustBefore {

	/** Verbs that put a statement out: "Acme issued a statement". */
	private static final Set<String> ISSUING = NameLexicon.words("issued", "issues", "released", "releases");

	/** Documents that hold nothing but what their issuer says: "the statement". */
	private static final Set<String> STATEMENTS = NameLexicon.words("statement", "announcement");

	/** Words between the issuing verb and "statement" at most: "a short written". */
	private static final int MAX_MODIFIERS = 4;

	/** Sentences back that may each open with the same statement and go on with it. */
	private static final int STATEMENT_RUN = 3;

	private final DocumentTokens doc;

	private final AttributionClauses clauses;

	private final OrganisationsInFocus focus;

	BodiesSpeakingJustBefore(DocumentTokens doc, AttributionClauses clauses, OrganisationsInFocus focus) {
		this.doc = doc;
		this.clauses = clauses;
		this.focus = focus;
	}

	/**
	 * Whom "They" at {@code they}, opening a sentence as the subject of a speech verb,
	 * stands for, in the same paragraph as the body; null when it stands for no body.
	 */
	LocalPerson forThey(int they) {
		if (they < 1 || !this.doc.get(they).lower().equals("they") || !this.doc.boundaryBefore(they)
				|| this.doc.afterLineBreak[they]) {
			return null;
		}
		return spokeInSentenceBefore(they);
	}

	/**
	 * Who "The statement" from {@code start} to {@code noun}, opening a sentence, is the
	 * words of; null when it is no such phrase or no body spoke right before.
	 */
	LocalPerson statementAt(int start, int noun) {
		if (!openingStatement(start, noun)) {
			return null;
		}
		LocalPerson body = spokeInSentenceBefore(start);
		// "Acme confirmed the limits. The statement said “…”. The statement continued:
		// “…”": a statement told again sentence after sentence is still the body's
		for (int back = 0; body == null && back < STATEMENT_RUN && start > 0; back++) {
			int previous = start - 1;
			while (previous > 0 && this.doc.sentence[previous - 1] == this.doc.sentence[start - 1]) {
				previous--;
			}
			if (!openingStatement(previous, previous + 1)
					|| !this.doc.get(previous + 1).lower().equals(this.doc.get(noun).lower())) {
				return null;
			}
			start = previous;
			noun = previous + 1;
			body = spokeInSentenceBefore(start);
		}
		return body;
	}

	/** "The statement" opening a sentence. */
	private boolean openingStatement(int start, int noun) {
		return start >= 0 && noun == start + 1 && noun < this.doc.size() && this.doc.get(start).lower().equals("the")
				&& STATEMENTS.contains(this.doc.get(noun).lower()) && this.doc.boundaryBefore(start);
	}

	/**
	 * The organisation that spoke or put a statement out last in the sentence right
	 * before the one {@code first} opens; null when the last one to speak there is no
	 * organisation or nobody spoke.
	 */
	LocalPerson spokeInSentenceBefore(int first) {
		if (first < 1) {
			return null;
		}
		int previous = this.doc.sentence[first - 1];
		if (namesAGroupOfPeople(first - 1)) {
			return null;
		}
		for (int t = first - 1; t >= 0 && this.doc.sentence[t] == previous; t--) {
			boolean speaks = this.clauses.speechVerbAt(t) && !SpeechVerbs.isParticiple(this.doc.get(t).lower());
			if ((speaks || issuesStatement(t)) && !this.focus.quoted(t)) {
				return this.focus.organisationSpeaking(t);
			}
		}
		return null;
	}

	/**
	 * "Two climbers were rescued, police said. They said …": a sentence that speaks of
	 * people in the plural gives "They" someone nearer than the body that spoke, so the
	 * body is not read for it.
	 */
	private boolean namesAGroupOfPeople(int last) {
		int sentence = this.doc.sentence[last];
		for (int t = last; t >= 0 && this.doc.sentence[t] == sentence; t--) {
			Token token = this.doc.get(t);
			String lower = token.lower();
			if (!token.word() || token.capitalized() || this.focus.quoted(t)) {
				continue;
			}
			String singular = OnesOfAGroupSpeaking.singular(lower);
			if (lower.equals("people") || !singular.equals(lower) && OnesOfAGroupSpeaking.person(singular)) {
				return true;
			}
		}
		return false;
	}

	/** "released a statement", "issued a short statement": a body's words put out. */
	private boolean issuesStatement(int verb) {
		if (!ISSUING.contains(this.doc.get(verb).lower())) {
			return false;
		}
		for (int t = verb + 1; t < this.doc.size() && t <= verb + MAX_MODIFIERS && !this.doc.boundaryBefore(t); t++) {
			if (this.doc.get(t).lower().equals("statement")) {
				return true;
			}
		}
		return false;
	}

}
