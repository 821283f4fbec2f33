package app.quarry.generation.extract.people;

/**
 * Who said a quote introduced by a finite speech verb ("Roe said", "Acme warned"): the
 * verb's subject, unless the verb sits in a relative clause, a document speaks, the name
 * only heads an apposition, or the name before the verb is not its subject at all. Apart
 * from {@link SpeechVerbSpeakers} because a finite verb's subject is read in many more
 * ways than a participle's.
 */
final class FiniteSpeechVerbSpeakers {

	private final DocumentPeople people;

	private final DocumentTokens doc;

	private final SourceSpeakers sources;

	private final SourceSubjects subjects;

	private final AttributionClauses clauses;

	private final DescribedSpeakers describedSpeakers;

	private final DocumentVoices documents;

	private final JointSubjects joint;

	private final OrganisationsInFocus focus;

	private final BodiesSpeakingJustBefore justBefore;

	private final BodiesSharingTheirVerbs sharing;

	FiniteSpeechVerbSpeakers(DocumentPeople people, SourceSpeakers sources, AttributionClauses clauses,
			DescribedSpeakers describedSpeakers, DocumentVoices documents, JointSubjects joint, SourceSubjects subjects,
			OrganisationsInFocus focus, BodiesSpeakingJustBefore justBefore) {
		this.people = people;
		this.doc = people.doc;
		this.sources = sources;
		this.subjects = subjects;
		this.clauses = clauses;
		this.describedSpeakers = describedSpeakers;
		this.documents = documents;
		this.joint = joint;
		this.focus = focus;
		this.justBefore = justBefore;
		this.sharing = new BodiesSharingTheirVerbs(this.doc, sources, subjects);
	}

	/** The speaker of the finite speech verb at {@code t}; every way out is an answer. */
	FoundSpeaker speaker(int t, int open, int sentence) {
		FoundSpeaker found = speakerOfTheClause(t, open);
		if (found != null) {
			return found;
		}
		Mention subject = this.people.index.subjectBefore(t);
		LocalPerson shared = subject == null ? this.sharing.sharedSubject(t) : null;
		if (shared != null) {
			return FoundSpeaker.of(shared); // "Acme closed a plant, and warned “…”"
		}
		found = speakerBesideTheSubject(subject, t, open);
		if (found == null) {
			found = speakerAwayFromTheVerb(subject, t, open, sentence);
		}
		if (found == null) {
			found = subjectWhoDidNotSayIt(subject, t, open);
		}
		if (found != null) {
			return found;
		}
		// "Varga and Lindqvist said “…”": the words of both, neither's alone
		return this.joint.joined(subject) ? FoundSpeaker.UNRESOLVED : FoundSpeaker.of(subject);
	}

	/**
	 * A speaker the verb's clause gives before its subject is read: the antecedent of a
	 * relative clause, a document, or a described subject; null when none.
	 */
	private FoundSpeaker speakerOfTheClause(int t, int open) {
		Mention relative = RelativeClauseSpeakers.antecedent(this.people, t);
		if (relative != null) {
			// "Roe was backed by Doe, who said “…”": Doe's words
			return this.joint.joined(relative) ? FoundSpeaker.UNRESOLVED : FoundSpeaker.of(relative);
		}
		if (RelativeClauseSpeakers.someoneUntold(this.people, t)) {
			return FoundSpeaker.UNRESOLVED; // "met the widow of Roe, who said"
		}
		FoundSpeaker issued = this.documents.before(t);
		if (issued != null) {
			return issued; // "An accompanying statement warned “…”"
		}
		return this.describedSpeakers.describedSubject(t, open);
	}

	/**
	 * A speaker found beside the subject: one who tells reported fragments, a person
	 * before a list set off after them, or the head of an apposition right before the
	 * verb; null when none.
	 */
	private FoundSpeaker speakerBesideTheSubject(Mention subject, int t, int open) {
		Mention teller = TellersOfReportedFragments.teller(this.people, this.clauses, subject, t, open);
		if (teller != null) {
			return FoundSpeaker.of(teller); // "Roe told … that Doe “…”, and told the
											// police, “…”"
		}
		Mention listed = subject == null ? null : ListedNamesInAppositions.personBeforeList(this.people, subject, t);
		if (listed != null) {
			return FoundSpeaker.of(listed); // "Roe, Acme's Office of Energy, Coastal
											// Affairs and Sea, said"
		}
		Mention head = AppositionHeads.headOf(this.people, subject);
		head = head != null ? head : KindsSetOffAfterSpeakers.headOf(this.people, subject);
		if (head != null && this.clauses.rightBefore(subject, t)) {
			// "Roe, head of the Acme Club, said", unless the person the name was
			// read as goes by another full name (a relative of the same surname)
			return AppositionHeads.knownByThisName(head) ? FoundSpeaker.of(head) : FoundSpeaker.UNRESOLVED;
		}
		return null;
	}

	/**
	 * When no name stands right before the verb: the opening subject around a relative
	 * clause, a subject that is no named person, another clause's own subject, or a
	 * pronoun the reader skips; null when none of these decides.
	 */
	private FoundSpeaker speakerAwayFromTheVerb(Mention subject, int t, int open, int sentence) {
		if (subject != null && !this.clauses.rightBefore(subject, t)
				&& SubjectsOfRelativeClauses.insideRelativeClause(this.doc, subject)) {
			// "Roe of the Trust, the charity where Doe worked, told …": Roe's words
			Mention opening = SubjectsOfRelativeClauses.openingSubject(this.people.index, this.doc, subject, t);
			return opening != null ? FoundSpeaker.of(opening) : FoundSpeaker.UNRESOLVED;
		}
		if (subject == null || !this.clauses.rightBefore(subject, t)) {
			FoundSpeaker unnamed = unnamedSubject(t, open, sentence);
			if (unnamed != null) {
				return unnamed;
			}
		}
		if (subject != null && !this.clauses.rightBefore(subject, t)
				&& CoordinatedClauseSubjects.ownSubjectBefore(this.doc, subject.endToken, t)) {
			return FoundSpeaker.UNRESOLVED; // "Acme called it “…”, while critics said"
		}
		if (PronounsTheReaderSkips.subjectOf(this.doc, t)) {
			// "Acme issued a statement. They said “…”": a body may be "they";
			// otherwise "…, but, they said, “…”" is someone the reader skips
			LocalPerson body = this.justBefore.forThey(subjectWordBefore(t));
			return body != null ? FoundSpeaker.of(body) : FoundSpeaker.UNRESOLVED;
		}
		return null;
	}

	/**
	 * A named subject that did not say the words: one inside a fronted clause or
	 * elsewhere in the clause, one with another name nearer the verb, one whose verb
	 * reports someone else's speech or gives an example, one qualifying a group, one
	 * owning the speaker, one another spoke for; null when the subject may have said
	 * them.
	 */
	private FoundSpeaker subjectWhoDidNotSayIt(Mention subject, int t, int open) {
		if (subject == null) {
			return null;
		}
		if (NamesInFrontedClauses.inside(this.doc, subject, t)) {
			return FoundSpeaker.UNRESOLVED; // "While Roe was away, a guard said “…”"
		}
		if (!subject.subject && !this.clauses.rightBefore(subject, t)) {
			// "someone close to Roe said …": a name elsewhere in the clause did not
			// say it
			return FoundSpeaker.UNRESOLVED;
		}
		if (NamesNearerTheVerb.between(this.people, this.clauses, subject, t)) {
			// "he recalled how Roe had in 2001 complained about “…”": the one
			// named nearer the verb may be its subject, so neither is sure
			return FoundSpeaker.UNRESOLVED;
		}
		if (SpeechReportedInsideSpeech.unnamedInnerSpeaker(this.doc, this.clauses, subject, t)) {
			return FoundSpeaker.UNRESOLVED; // "Roe said the man claimed he was “…”"
		}
		if (ExamplesOfThingsSaid.example(this.doc, subject, t, open)) {
			// "things that Roe had said, as in “…”": an example, not Roe's words
			return FoundSpeaker.UNRESOLVED;
		}
		LocalPerson group = GroupSpeakers.qualifiedBy(this.doc, subject, t);
		if (group != null) {
			return FoundSpeaker.of(group); // "Halden officials said"
		}
		if (subject.kind == Mention.Kind.NAME && subject.possessive
				&& !SayingsOwnedByNames.ownsADocument(this.doc, subject)) {
			return FoundSpeaker.UNRESOLVED; // "…, Roe's agent said": not Roe
		}
		if (InfinitivesOfOthers.spokenByAnother(this.people, subject, t)) {
			return FoundSpeaker.UNRESOLVED; // "Roe said Doe had phoned him to say"
		}
		return null;
	}

	/**
	 * The word right before a speech verb, past "also" and the like, or -1; -1 as well
	 * for a passive ("It was reported that …": nobody is said to speak).
	 */
	private int subjectWordBefore(int verb) {
		int t = verb - 1;
		while (t > 0 && this.doc.get(t).word()
				&& AttributionClauses.BETWEEN_SUBJECT_AND_VERB.contains(this.doc.get(t).lower())) {
			if (SpeakersBeforeQuote.BE_FORMS.contains(this.doc.get(t).lower())) {
				return -1;
			}
			t--;
		}
		return t >= 0 && this.doc.get(t).word() ? t : -1;
	}

	/**
	 * The subject of a speech verb that is no named person: a document opening the
	 * sentence ("A statement from Acme stated"), "It" for the organisation of the
	 * sentence before, or words relayed from someone else ("Roe said the government had
	 * told him that it had “…”"), attributed to a body or left unknown.
	 */
	private FoundSpeaker unnamedSubject(int verb, int open, int sentence) {
		Mention speaksFor = KindsSetOffAfterSpeakers.headBeforeVerb(this.people, verb);
		if (speaksFor != null) {
			return FoundSpeaker.of(speaksFor); // "Roe of the sailing club, Harbour Blue,
												// said"
		}
		LocalPerson source = this.sources.documentSource(sentence, open);
		if (source == null) {
			source = this.subjects.itBefore(verb);
		}
		if (source == null) {
			source = this.focus.forIt(subjectWordBefore(verb)); // "In a statement, it
																// said:"
		}
		if (source == null) {
			source = this.subjects.nameBefore(verb, AttributionClauses.BETWEEN_SUBJECT_AND_VERB);
		}
		if (source == null) {
			source = this.subjects.nameBeforeApposition(verb);
		}
		if (source != null) {
			return FoundSpeaker.of(source);
		}
		int subject = this.subjects.nounSubjectBefore(verb, AttributionClauses.BETWEEN_SUBJECT_AND_VERB);
		if (subject < 0) {
			return null;
		}
		int end = verb;
		while (AttributionClauses.BETWEEN_SUBJECT_AND_VERB.contains(this.doc.get(end - 1).lower())
				|| MannerAdverbs.at(this.doc.get(end - 1))) {
			end--;
		}
		return SourceSpeakers.speaks(this.doc.get(end - 1).lower())
				? FoundSpeaker.of(SourceSpeakers.described(this.doc.span(subject, end))) : FoundSpeaker.UNRESOLVED;
	}

}
