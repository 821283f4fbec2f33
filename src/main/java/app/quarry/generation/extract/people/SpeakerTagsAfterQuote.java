package app.quarry.generation.extract.people;

/**
 * Who the words after a closed quote name as its speaker: '“…,” said Roe', '“…,” the
 * report said', '“…,” according to Roe', '“…,” Tom enthused'. Kept apart from
 * {@link QuoteAttributor}, which weighs this tag against the other places a speaker may
 * be named and decides whether the words are a quotation at all.
 */
final class SpeakerTagsAfterQuote {

	private final DocumentPeople people;

	private final DocumentTokens doc;

	private final SourceSpeakers sources;

	private final AttributionClauses clauses;

	private final SpeakersAfterQuote speakersAfter;

	private final OwnedRoleSpeakers ownedRoles;

	private final DescribedSpeakers describedSpeakers;

	private final QuoteHandOvers handOvers;

	private final DocumentVoices documents;

	private final DocumentAuthors authors;

	private final SpokenThingsAfterQuote spokenThings;

	private final UnnamedSpeakersAfterVerb unnamedAfter;

	private final OrganisationsInFocus focus;

	private final OwnersBeforeSpeakers ownersBefore;

	private final OurCorrespondents ourCorrespondents;

	private final JointSubjects joint;

	SpeakerTagsAfterQuote(DocumentPeople people, SourceSpeakers sources, AttributionClauses clauses,
			SpeakersAfterQuote speakersAfter, OwnedRoleSpeakers ownedRoles, DescribedSpeakers describedSpeakers,
			QuoteHandOvers handOvers, DocumentVoices documents, DocumentAuthors authors) {
		this.people = people;
		this.doc = people.doc;
		this.sources = sources;
		this.clauses = clauses;
		this.speakersAfter = speakersAfter;
		this.ownedRoles = ownedRoles;
		this.describedSpeakers = describedSpeakers;
		this.handOvers = handOvers;
		this.documents = documents;
		this.authors = authors;
		this.spokenThings = new SpokenThingsAfterQuote(people, clauses);
		this.unnamedAfter = new UnnamedSpeakersAfterVerb(people, describedSpeakers);
		this.focus = new OrganisationsInFocus(people, sources, clauses);
		this.ownersBefore = new OwnersBeforeSpeakers(people, clauses);
		this.ourCorrespondents = new OurCorrespondents(people);
		this.joint = new JointSubjects(people);
	}

	/**
	 * The speaker tagged after the quote's closing mark at {@code t}: a speech verb and
	 * its subject, "according to" a source, or a subject and a verb that hands the words
	 * over when {@code handsOver}.
	 */
	FoundSpeaker afterQuote(int t, boolean handsOver) {
		int n = this.doc.size();
		int close = t - 1;
		while (t < n && (this.doc.get(t).is(",") || VerblessCloser.dash(this.doc.get(t)))
				&& !this.doc.boundaryBefore(t)) {
			t++;
		}
		if (t >= n || this.doc.afterLineBreak[t] || !this.doc.get(t).word()) {
			return null;
		}
		String lower = this.doc.get(t).lower();
		if (SpeechVerbs.isParticiple(lower)) {
			return null; // "…,” referring to the price: the quote's speaker is named
							// before it
		}
		if (SpeechVerbs.isSpeechVerb(lower)) {
			return saidAfter(t, close);
		}
		return notSaidAfter(t, close, lower, handsOver);
	}

	/** The speaker named after the speech verb at {@code t}: "…,” said Roe. */
	FoundSpeaker saidAfter(int t, int close) {
		int n = this.doc.size();
		{
			if (t + 1 < n && this.doc.get(t + 1).lower().equals("that")) {
				return null; // "…” claimed that the former executive had ...": what was
								// claimed, not who claimed it
			}
			if (t + 1 < n && (this.doc.get(t + 1).is(":") || this.doc.get(t + 1).is("“"))) {
				return null; // '“…”, states: “…”': the verb introduces the next quotation
			}
			FoundSpeaker ours = this.ourCorrespondents.afterVerb(t + 1);
			if (ours != null) {
				return ours; // "…,” says our correspondent.
			}
			FoundSpeaker forBody = this.unnamedAfter.forBody(t + 1);
			if (forBody != null) {
				return forBody; // "…,” said a spokesman for Acme
			}
			Mention speaker = this.speakersAfter.nameAfterRole(t + 1);
			if (this.joint.joined(speaker)) {
				return FoundSpeaker.UNRESOLVED; // "…,” said Jane Roe and John Doe.
			}
			FoundSpeaker document = speaker == null ? this.documents.after(t + 1) : null;
			if (document != null) {
				return document; // "…,” said a government communique
			}
			FoundSpeaker owned = speaker == null ? null : this.ownedRoles.owned(speaker, false);
			Mention named = speaker != null ? speaker : this.speakersAfter.namedInApposition(t + 1);
			// a text whose issuer or signer the document tells is theirs, read below
			boolean issued = this.sources.issuerOfTheDocument(t + 1) != null
					|| this.authors.afterQuote(close + 1) != null;
			FoundSpeaker text = owned == null && named == null && !issued ? this.spokenThings.objectAfter(t) : null;
			// "…,” said a city water official in Leeds, who …": one it describes
			FoundSpeaker unnamed = owned == null && named == null && text == null && !issued
					? this.unnamedAfter.at(t + 1) : null;
			// "…,” said the White House.
			LocalPerson body = owned == null && named == null && text == null && unnamed == null && !issued
					? this.sources.bodyAt(t + 1, false) : null;
			if (body == null && owned == null && named == null && text == null && unnamed == null && !issued) {
				body = AbbreviatedBodies.afterVerb(this.doc, t + 1); // "…,” said KCNA.
			}
			if (body != null) {
				return FoundSpeaker.of(body);
			}
			return owned != null ? owned : text != null ? text : unnamed != null ? unnamed : FoundSpeaker.of(named);
		}
	}

	private FoundSpeaker notSaidAfter(int t, int close, String lower, boolean handsOver) {
		int n = this.doc.size();
		if (handsOver && !this.doc.get(t).capitalized() && lower.endsWith("ed")
				&& this.people.index.mentionStartingAt(t + 1) != null) {
			return FoundSpeaker.of(this.people.index.mentionStartingAt(t + 1));
		}
		if (lower.equals("according") && t + 1 < n && this.doc.get(t + 1).lower().equals("to")
				&& SourcesOfAReport.reportedBeforeQuote(this.people, this.clauses, close)) {
			return null; // "Roe said that … “…” according to the Gazette": the paper
							// relays Roe
		}
		if (lower.equals("according") && t + 1 < n && this.doc.get(t + 1).lower().equals("to")) {
			// a name in the next sentence is not resolved yet: only a person found so far
			if (t + 2 < n && this.doc.sentence[t + 2] == this.doc.sentence[close]) {
				LocalPerson named = this.sources.namedAt(t + 2);
				FoundSpeaker issued = named == null ? this.documents.after(t + 2) : null;
				return issued != null ? issued : FoundSpeaker.of(named);
			}
			return FoundSpeaker.of(t + 2 < n ? this.people.index.mentionStartingAt(t + 2) : null);
		}
		Mention subject = this.people.index.mentionStartingAt(t);
		Mention kin = subject != null && subject.kind == Mention.Kind.PRONOUN
				? NamesAfterOwnedDescriptions.named(this.people, t) : null;
		if (kin != null) {
			subject = kin; // "…,” his older sister Mara remarked
		}
		if (subject == null) {
			FoundSpeaker ours = this.ourCorrespondents.beforeVerb(t);
			if (ours != null) {
				return ours; // "…,” our correspondent said.
			}
			Mention owned = this.ownersBefore.at(t);
			if (owned != null) {
				return FoundSpeaker.of(owned); // "…,” Acme's Jane Roe said
			}
			Mention named = this.handOvers.nameAfterDescription(t);
			named = named != null ? named : this.handOvers.nameAfterLongTitle(t);
			if (named != null) {
				return FoundSpeaker.of(named);
			}
			LocalPerson issuer = this.sources.issuerOfTheDocument(t);
			if (issuer != null) {
				return FoundSpeaker.of(issuer);
			}
			LocalPerson organisation = t + 1 < n && this.clauses.speechVerbAt(t + 1) ? this.focus.forIt(t) : null;
			if (organisation != null) {
				return FoundSpeaker.of(organisation); // "…,” it added.
			}
			FoundSpeaker document = this.documents.subject(t);
			if (document != null) {
				return document; // "…,” the report said
			}
			LocalPerson initials = AbbreviatedBodies.subjectBeforeVerb(this.doc, t);
			if (initials != null) {
				return FoundSpeaker.of(initials); // "…,” GM said in a statement
			}
			FoundSpeaker spoken = this.authors.afterQuote(close + 1) == null ? this.spokenThings.subjectAt(t) : null;
			LocalPerson body = spoken == null ? this.sources.bodyAt(t, true) : null;
			if (body != null) {
				return FoundSpeaker.of(body); // "…,” the White House said
			}
			return spoken != null ? spoken : this.describedSpeakers.unnamedSpeaker(t);
		}
		FoundSpeaker owned = this.ownedRoles.owned(subject, true);
		if (owned != null) {
			return owned;
		}
		if (subject.kind != Mention.Kind.PRONOUN && this.documents.ownedDocumentSpeaks(subject.appositionEndToken)) {
			return FoundSpeaker.of(subject); // "…,” Roe's statement said
		}
		if (subject.kind == Mention.Kind.PRONOUN && OwnWritingsAfterQuote.speaks(this.doc, this.clauses, t)) {
			return speakerOf(subject); // "…”, his profile reads
		}
		int v = this.clauses.verbAfter(subject.appositionEndToken, n);
		if (v < n && PassiveTellings.toldTheSubject(this.doc, v)) {
			// "…,” Roe was told by a nurse: the one told heard the words
			if (v + 2 >= n || !this.doc.get(v + 1).lower().equals("by")) {
				return FoundSpeaker.UNRESOLVED;
			}
			Mention agent = this.speakersAfter.nameAfterRole(v + 2);
			return FoundSpeaker.of(agent != null ? agent : this.speakersAfter.namedInApposition(v + 2));
		}
		if (this.clauses.reportsSpeechAt(v) && ReportedTellersAfterQuote.tellsAnother(this.doc, this.clauses, v)) {
			return FoundSpeaker.UNRESOLVED; // "…,” Roe said a nurse told him: the nurse's
		}
		if (this.clauses.reportsSpeechAt(v)) {
			// "…,” Roe and Doe said: the words of both, neither's alone
			return this.joint.joined(subject) ? FoundSpeaker.UNRESOLVED : speakerOf(subject);
		}
		if (VerblessCloser.closes(this.doc, close, t, subject)) {
			return speakerOf(subject); // '"…," Jane Roe, an analyst at Acme.'
		}
		if (handsOver && v + 1 < n && SpeechVerbs.isPhrasal(this.doc.get(v).lower(), this.doc.get(v + 1).lower())
				&& (v + 2 >= n || this.doc.boundaryBefore(v + 2) || this.doc.get(v + 2).is(",")
						|| this.doc.get(v + 2).is("."))) {
			return speakerOf(subject); // "…,” Roe went on.
		}
		// "…,” Tom enthused.", '"…", Tom sighs, pointing to …'
		boolean lastWord = v + 1 >= n || this.doc.boundaryBefore(v + 1) || this.doc.get(v + 1).is(",")
				|| this.doc.get(v + 1).is(".");
		return handsOver && v < n && lastWord && !this.doc.get(v).capitalized()
				&& MannerOfSpeaking.verbForm(this.doc.get(v).lower()) ? speakerOf(subject) : null;
	}

	private FoundSpeaker speakerOf(Mention subject) {
		FoundSpeaker described = subject.kind == Mention.Kind.PRONOUN ? this.describedSpeakers.goingOn(subject) : null;
		return described != null ? described : FoundSpeaker.of(subject);
	}

}
