package app.quarry.generation.extract.people;

/**
 * Speakers the document describes without naming: "…,” the spokesman said", "The police
 * called …", "The premier of the state of … remarked", "A group of lawmakers released a
 * statement saying “…”". A description is kept as the speaker when it holds a role or a
 * body that speaks.
 */
final class DescribedSpeakers {

	/** Verbs that hand sung or chanted words to who sang them. */
	private static final java.util.Set<String> SUNG = NameLexicon.words("sang", "sings", "chanted", "chants");

	/** Who sings or chants words together: "a folk band", "the crowd". */
	private static final java.util.Set<String> PERFORMERS = NameLexicon.words("band", "choir", "chorus", "crowd",
			"crowds", "singer", "singers", "group", "fans", "protesters", "demonstrators", "marchers");

	/** Words from the determiner of a describing phrase to its verb, at most. */
	private static final int DESCRIPTION_REACH = 6;

	private final DocumentPeople people;

	private final DocumentTokens doc;

	private final SourceAnaphora anaphora;

	/**
	 * Speakers described by the subject that opens a sentence: "The mayor of Leeds said".
	 */
	private final OpeningDescribedSubjects subjects;

	DescribedSpeakers(DocumentPeople people, AttributionClauses clauses, OwnedRoleSpeakers ownedRoles) {
		this.people = people;
		this.doc = people.doc;
		this.anaphora = new SourceAnaphora(people.doc);
		this.subjects = new OpeningDescribedSubjects(people, clauses, ownedRoles, this);
	}

	/**
	 * "…,” the spokesman said", "…,” a local folk band sang": attributed, to no one the
	 * document names. Words sung or chanted are handed over only this way, after the
	 * quote: before it ("sang “…”") they are mostly a song's title.
	 */
	FoundSpeaker unnamedSpeaker(int t) {
		int n = this.doc.size();
		if (!AttributionClauses.DETERMINERS.contains(this.doc.get(t).lower())) {
			int owned = RolesOwnedByPlaces.end(this.doc, t);
			return owned > 0 && owned < n && !this.doc.boundaryBefore(owned) && this.doc.get(owned).word()
					&& SpeechVerbs.isSpeechVerb(this.doc.get(owned).lower())
					&& !SpeechVerbs.isParticiple(this.doc.get(owned).lower())
							? new FoundSpeaker(SourceSpeakers.described(this.doc.span(t, owned))) : null;
		}
		int forBody = RolesForBodies.end(this.doc, t);
		if (forBody > 0 && forBody < n && !this.doc.boundaryBefore(forBody)
				&& SpeechVerbs.isSpeechVerb(this.doc.get(forBody).lower())
				&& !SpeechVerbs.isParticiple(this.doc.get(forBody).lower())) {
			return describedAs(t, forBody); // "…,” a spokesman for Acme said
		}
		for (int v = t + 1; v < Math.min(n, t + DESCRIPTION_REACH) && !this.doc.boundaryBefore(v); v++) {
			int aside = v > t + 1 ? SetOffAsides.after(this.doc, v) : -1;
			if (aside > 0 && aside < n && !this.doc.boundaryBefore(aside) && this.doc.get(aside).word()
					&& SpeechVerbs.isSpeechVerb(this.doc.get(aside).lower())
					&& !SpeechVerbs.isParticiple(this.doc.get(aside).lower())) {
				return described(t, v); // "…,” a detective, speaking on condition of
										// anonymity, said
			}
			if (!this.doc.get(v).word()) {
				break;
			}
			String lower = this.doc.get(v).lower();
			if (SUNG.contains(lower)) {
				return PERFORMERS.contains(this.doc.get(v - 1).lower()) ? new FoundSpeaker(someone(t, v)) : null;
			}
			if (SpeechVerbs.isSpeechVerb(lower) && !SpeechVerbs.isParticiple(lower)) {
				FoundSpeaker described = described(t, v);
				// "…,” a Toledo brake parts supplier said": one told by what she does
				return described == FoundSpeaker.UNRESOLVED && DoerDescriptions.isDoer(this.doc, t, v)
						? describedAs(t + 1, v) : described;
			}
		}
		return null;
	}

	/**
	 * '“…,” he said' right after 'A company spokesman said it was “…”': a pronoun that
	 * goes on from a quotation of a speaker the text only describes, with no one of that
	 * gender named since, is that speaker, not the last person the text named.
	 */
	FoundSpeaker goingOn(Mention pronoun) {
		QuotedSpan previous = null;
		for (var entry : this.people.attributions.entrySet()) {
			if (entry.getValue().quotation() && entry.getKey().end() <= pronoun.start) {
				previous = entry.getKey();
			}
		}
		LocalPerson speaker = previous == null ? null : this.people.attributions.get(previous).speaker();
		if (speaker == null || !speaker.described || this.people.sentenceOfClose(previous) < pronoun.sentence - 1) {
			return null;
		}
		String[] words = speaker.name().toLowerCase(java.util.Locale.ROOT).split(" ");
		if (!NameLexicon.isRoleNoun(words[words.length - 1])
				|| !GenderClues.ofWord(words[words.length - 1]).agreesWith(pronoun.gender)) {
			return null; // "the police", "Acme Holdings": no "he" or "she"
		}
		for (Mention mention : this.people.mentions) {
			if (mention.kind == Mention.Kind.NAME && !mention.inQuote && mention.start >= previous.end()
					&& mention.end <= pronoun.start && mention.person != null
					&& mention.person.gender.agreesWith(pronoun.gender)) {
				return null;
			}
		}
		return new FoundSpeaker(speaker);
	}

	/**
	 * "a senior official said": a speaker the document describes but does not name, kept
	 * as described when the words end in a role.
	 */
	FoundSpeaker described(int from, int to) {
		LocalPerson source = earlierTold(from, to);
		if (source != null) {
			return FoundSpeaker.of(source);
		}
		// "one attendee said": a kind of person ("attendee", "pensioner") speaks as a
		// post holder does
		String last = this.doc.get(to - 1).lower();
		if (!NameLexicon.isRoleNoun(last) && !PersonNounLexicon.contains(last)
				|| NamedSpeakerBeforeDescription.mayBeNamedOne(this.people, from)) {
			return FoundSpeaker.UNRESOLVED;
		}
		return new FoundSpeaker(someone(from, to));
	}

	/**
	 * "a Toledo parts supplier said": a speaker kept as the words describe it, whatever
	 * noun ends them; the caller has read them as a described doer.
	 */
	FoundSpeaker describedAs(int from, int to) {
		LocalPerson source = earlierTold(from, to);
		if (source == null && NamedSpeakerBeforeDescription.mayBeNamedOne(this.people, from)) {
			return FoundSpeaker.UNRESOLVED;
		}
		return source != null ? FoundSpeaker.of(source) : new FoundSpeaker(someone(from, to));
	}

	/**
	 * "The source", "the world champion" or "the coach" standing for one the text told of
	 * before: the coach is whoever the document gave that role.
	 */
	LocalPerson earlierTold(int from, int to) {
		LocalPerson holder = TitleHoldersInFocus.over(this.people.index, from, to);
		if (holder == null) {
			holder = RoleHoldersDescribed.over(this.people, from, to);
		}
		return holder != null ? holder : this.anaphora.earlierSource(from, to);
	}

	private LocalPerson someone(int from, int to) {
		String description = this.doc.span(from, to);
		LocalPerson someone = new LocalPerson(NameKey.of(description), description);
		someone.addSpelling(description);
		someone.described = true;
		return someone;
	}

	/** See {@link OpeningDescribedSubjects#describedSubject}. */
	FoundSpeaker describedSubject(int speechVerb, int open) {
		return this.subjects.describedSubject(speechVerb, open);
	}

}
