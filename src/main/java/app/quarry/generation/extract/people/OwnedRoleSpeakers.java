package app.quarry.generation.extract.people;

/**
 * A named person's role or body that speaks ("Roe's mother said", "said Acme's
 * spokesman"): the role is the speaker and the name only says whose it is. Kept apart
 * from {@link DescribedSpeakers}, which reads descriptions with no name in them.
 */
final class OwnedRoleSpeakers {

	private final DocumentPeople people;

	private final DocumentTokens doc;

	private final AttributionClauses clauses;

	OwnedRoleSpeakers(DocumentPeople people, AttributionClauses clauses) {
		this.people = people;
		this.doc = people.doc;
		this.clauses = clauses;
	}

	/**
	 * "Roe's stepmother, who lives in Leeds, said Thursday: “…”": a named owner and a
	 * role or a body opening the sentence, right before the speech verb or set off from
	 * it by commas, is the speaker; the owner only names whose it is.
	 */
	FoundSpeaker ownedSubject(int start, int speechVerb) {
		Mention owner = this.people.index.mentionStartingAt(start);
		// "Westria's manager said": an owner that is no person's name
		int end = owner == null ? RolesOwnedByPlaces.end(this.doc, start) : ownedRoleEnd(owner, speechVerb);
		if (end < 0 || end > speechVerb) {
			return null;
		}
		int verb = this.clauses.verbAfter(end, speechVerb);
		// "Roe's campaign manager, Tom Hale, said": the name in apposition speaks
		boolean setOff = this.doc.get(end).is(",") && this.doc.get(speechVerb - 1).is(",")
				&& this.people.index.mentionStartingAt(end + 1) == null;
		for (int t = end; setOff && t < speechVerb; t++) {
			setOff = !this.doc.get(t).is("“") && !this.doc.get(t).is("\"") && !this.clauses.finiteSpeechVerbAt(t);
		}
		return verb == speechVerb || setOff ? FoundSpeaker.of(SourceSpeakers.described(this.doc.span(start, end)))
				: null;
	}

	/**
	 * '“…,” said Roe's mother', '“…,” Roe's lawyer told reporters': a named person's role
	 * or body speaks, not the person; null when the name is no possessive, so that the
	 * name itself is the speaker. With {@code verbFollows} the role must be the subject
	 * of a speech verb right after it, else null.
	 */
	FoundSpeaker owned(Mention owner, boolean verbFollows) {
		int n = this.doc.size();
		int mark = owner.endToken;
		if (mark >= n || !this.doc.get(mark).is("'s") && !this.doc.get(mark).is("’s")) {
			return null;
		}
		int end = ownedRoleEnd(owner, n);
		// "said Acme's Mr. Roe", "said Acme's spokesman Tom Roe": the name after speaks
		Mention named = mark + 1 < n ? this.people.index.mentionStartingAt(end < 0 ? mark + 1 : end) : null;
		if (named == null && end > 0 && end + 1 < n && this.doc.get(end).is(",")) {
			// "said Roe's daughter, Rosa Roe,": the name in apposition speaks
			named = this.people.index.mentionStartingAt(end + 1);
		}
		if (named != null) {
			return verbFollows ? null : FoundSpeaker.of(named);
		}
		if (verbFollows && (end < 0 || !this.clauses.reportsSpeechAt(this.clauses.verbAfter(end, n)))) {
			return null;
		}
		return end < 0 ? FoundSpeaker.UNRESOLVED
				: FoundSpeaker.of(SourceSpeakers.described(this.doc.span(owner.phraseStartToken, end)));
	}

	/**
	 * Where "mother" in "Roe's mother", "former lawyer" in "Roe's former lawyer" ends, or
	 * -1.
	 */
	private int ownedRoleEnd(Mention owner, int limit) {
		int mark = owner.endToken;
		if (mark + 1 >= limit || !this.doc.get(mark).is("'s") && !this.doc.get(mark).is("’s")) {
			return -1;
		}
		int end = -1;
		for (int t = mark + 1; t < limit && t <= mark + 3; t++) {
			Token token = this.doc.get(t);
			if (!token.word() || token.capitalized() || SpeechVerbs.isSpeechVerb(token.lower())) {
				break; // "Roe's lawyer told reporters": the role ends at its verb
			}
			end = SourceSpeakers.speaks(token.lower()) ? t + 1 : end;
		}
		return end;
	}

}
