package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * Speakers described by the subject that opens their sentence: "The police called …",
 * "The premier of the state of … remarked", "A group of lawmakers released a statement".
 * Kept apart from {@link DescribedSpeakers}, which reads descriptions after a quote or a
 * verb: here the whole subject, from its article up to the verb, must be read for a role
 * or a body and for a clause of its own.
 */
final class OpeningDescribedSubjects {

	private static final int MAX_DESCRIBED_WORDS = 6;

	/** Words from the article to the speech verb that describe a speaker at most. */
	private static final int MAX_DESCRIBING_WORDS = 10;

	/** Words that start a clause of their own inside what looked like a subject. */
	private static final Set<String> CLAUSE_WORDS_IN_SUBJECT = NameLexicon.words("who", "which", "that", "is", "are",
			"was", "were", "when", "while", "if", "because", "but");

	private final DocumentPeople people;

	private final DocumentTokens doc;

	private final AttributionClauses clauses;

	private final OwnedRoleSpeakers ownedRoles;

	/** Tells whether a description stands for one the text told of before. */
	private final DescribedSpeakers speakers;

	OpeningDescribedSubjects(DocumentPeople people, AttributionClauses clauses, OwnedRoleSpeakers ownedRoles,
			DescribedSpeakers speakers) {
		this.people = people;
		this.doc = people.doc;
		this.clauses = clauses;
		this.ownedRoles = ownedRoles;
		this.speakers = speakers;
	}

	/**
	 * "The police called …", "The mayor of Cleveland released a statement: “…”": a
	 * sentence that opens with an article and a role or a body that speaks, up to its
	 * verb, is about a speaker the document describes without naming. With
	 * {@code speechVerb} at or above zero the description must end right before that
	 * verb; else before any past-tense verb ahead of the quote at {@code open}.
	 */
	FoundSpeaker describedSubject(int speechVerb, int open) {
		int sentence = this.doc.sentence[open];
		int start = open;
		while (start > 0 && this.doc.sentence[start - 1] == sentence) {
			start--;
		}
		FoundSpeaker owned = speechVerb >= 0
				? this.ownedRoles.ownedSubject(afterOpeningPhrase(start, speechVerb), speechVerb) : null;
		if (owned != null) {
			return owned;
		}
		boolean one = this.doc.get(start).is("One");
		if (!this.doc.get(start).is("The") && !this.doc.get(start).is("A") && !this.doc.get(start).is("An") && !one) {
			return null;
		}
		if (speechVerb >= 0) {
			return describedBefore(start, speechVerb);
		}
		if (one) {
			return null; // "One ... released": a number as often as a speaker
		}
		// "The mayor of Leeds released", "A group of coastal mayors issued": up to the
		// first verb in the past tense
		boolean role = false;
		int t = start + 1;
		for (; t < open && t <= start + MAX_DESCRIBED_WORDS + 1; t++) {
			Token token = this.doc.get(t);
			String lower = token.lower();
			if (!token.word()) {
				return null;
			}
			if (SourceSpeakers.speaks(lower) || AbbreviatedBodies.at(this.doc, t)) {
				role = true; // "The mayor of Leeds", "The UAW"
			}
			else if (!token.capitalized() && !lower.equals("of") && !lower.equals("the") && !beforeRole(t, open)) {
				break;
			}
		}
		String last = this.doc.get(t - 1).lower();
		if (!role || t >= open || last.equals("of") || last.equals("the")) {
			return null;
		}
		t = afterBody(t, open); // "A lawyer for the families said …, saying"
		int verb = t;
		while (verb < open && (AttributionClauses.BETWEEN_SUBJECT_AND_VERB.contains(this.doc.get(verb).lower())
				|| MannerAdverbs.at(this.doc.get(verb)))) {
			verb++;
		}
		if (verb >= open || !this.doc.get(verb).lower().endsWith("ed") && !this.clauses.speechVerbAt(verb)) {
			return null;
		}
		if (t == start + 2 && AbbreviatedBodies.at(this.doc, start + 1)) {
			return FoundSpeaker.of(AbbreviatedBodies.named(this.doc, start + 1)); // "The
																					// UAW
																					// issued"
		}
		// "The Norland government Saturday strongly condemned": the day is when, not who
		return FoundSpeaker
			.of(SourceSpeakers.described(this.doc.span(start, this.clauses.timeOfSayingStart(start + 2, t))));
	}

	/**
	 * "for the families" after "A lawyer": where the verb should stand after a body the
	 * role is tied to by "for", "at" or "from", or {@code t} when no such body follows.
	 */
	private int afterBody(int t, int open) {
		if (t >= open || !BODY_TIES.contains(this.doc.get(t).lower())) {
			return t;
		}
		int u = t + 1;
		while (u < open && u <= t + MAX_BODY_WORDS && this.doc.get(u).word() && !this.doc.get(u).lower().endsWith("ed")
				&& !this.clauses.speechVerbAt(u)) {
			u++;
		}
		boolean verb = u < open && u > t + 1 && this.doc.get(u).word()
				&& (this.doc.get(u).lower().endsWith("ed") || this.clauses.speechVerbAt(u));
		return verb ? u : t;
	}

	/**
	 * "In a statement, Roe's agent said": where the subject starts after a short phrase
	 * of place, time or manner opening the sentence, or {@code start} when none does.
	 */
	private int afterOpeningPhrase(int start, int speechVerb) {
		for (int comma = start + 1; comma < speechVerb; comma++) {
			if (this.doc.get(comma).is(",")) {
				return CarriedSubjects.openingPhrase(this.doc, start, comma) ? comma + 1 : start;
			}
		}
		return start;
	}

	private static final java.util.Set<String> BODY_TIES = java.util.Set.of("for", "at", "from");

	/** Words of the body after the tie: "for the Upton dock workers". */
	private static final int MAX_BODY_WORDS = 5;

	/**
	 * "coastal" in "A group of coastal mayors": a lower-case word a role or a body
	 * follows within two words, with nothing but lower-case words between.
	 */
	private boolean beforeRole(int t, int open) {
		for (int u = t + 1; u < open && u <= t + 2; u++) {
			Token token = this.doc.get(u);
			if (!token.word() || token.capitalized() || token.lower().endsWith("ed")) {
				return false;
			}
			if (SourceSpeakers.speaks(token.lower())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * "The premier of the German state of Saxony remarked", "The activist organization
	 * the Open Records Project has called": everything from the article to the speech
	 * verb is its subject when it holds a role or a body and no clause of its own.
	 */
	FoundSpeaker describedBefore(int start, int speechVerb) {
		int end = speechVerb;
		while (end > start + 1 && (AttributionClauses.BETWEEN_SUBJECT_AND_VERB.contains(this.doc.get(end - 1).lower())
				|| MannerAdverbs.at(this.doc.get(end - 1)))) {
			end--;
		}
		// "A senior aide on Monday described": when it was said is no part of who said it
		end = this.clauses.timeOfSayingStart(start + 2, end);
		end = beforeRelativeClause(start, end);
		if (SharedSubjects.joined(this.doc, start, end)) {
			end = SharedSubjects.subjectEnd(this.doc, start, end);
			if (end < 0) {
				return null;
			}
		}
		LocalPerson source = this.speakers.earlierTold(start, end);
		if (source != null) {
			return FoundSpeaker.of(source);
		}
		if (end - start > MAX_DESCRIBING_WORDS) {
			return null;
		}
		boolean role = false;
		int kind = -1;
		for (int t = start + 1; t < end; t++) {
			Token token = this.doc.get(t);
			if (!token.word() || CLAUSE_WORDS_IN_SUBJECT.contains(token.lower())
					|| this.clauses.finiteSpeechVerbAt(t)) {
				return null;
			}
			role |= SourceSpeakers.speaks(token.lower());
			kind = kind < 0 && PersonNounLexicon.contains(token.lower()) ? t : kind;
		}
		FoundSpeaker oneOfAGroup = role ? null : OnesOfAGroupSpeaking.described(this.doc, start, end);
		if (oneOfAGroup != null) {
			return oneOfAGroup; // "One of the nurses said"
		}
		if (!role && kind >= 0) {
			return KindsOfPeopleSpeaking.described(this.doc, start, kind, end);
		}
		String last = this.doc.get(end - 1).lower();
		// "A statement by Acme given by spokesman Tom Roe said": the name before the verb
		// is the speaker, not the description around it; "The ambassador to Greece" names
		// a place the role is of
		Mention name = this.people.index.mentionEndingAt(end - 1);
		String before = name == null || name.firstToken == 0 ? "" : this.doc.get(name.firstToken - 1).lower();
		boolean named = name != null && name.firstToken > 0
				&& (before.equals("by") || !NameLexicon.PREPOSITIONS.contains(before));
		return role && !named && !last.equals("of") && !last.equals("the")
				? FoundSpeaker.of(SourceSpeakers.described(this.doc.span(start, end))) : null;
	}

	/**
	 * "A company officer, who asked not to be named, said": a relative clause on a role
	 * or a body, set off by commas right before the verb, says more about the subject;
	 * the subject ends at its first comma. Returns {@code end} when there is no such
	 * clause.
	 */
	private int beforeRelativeClause(int start, int end) {
		if (!this.doc.get(end - 1).is(",")) {
			return end;
		}
		for (int t = end - 2; t > start + 1; t--) {
			if (this.doc.get(t).is(",")) {
				// "who" tells of a person, "which" of a body the text goes on with ("The
				// firm, which …, said"); after a statement "which" may tell that it
				// quotes
				// someone else
				String relative = this.doc.get(t + 1).lower();
				String noun = this.doc.get(t - 1).lower();
				boolean body = relative.equals("which") && SourceSpeakers.isBody(noun) && t - start <= 3
						&& this.doc.get(start).lower().equals("the");
				return relative.equals("who") && NameLexicon.isRoleNoun(noun) || body ? t : end;
			}
		}
		return end;
	}

}
