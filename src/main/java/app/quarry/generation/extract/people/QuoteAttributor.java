package app.quarry.generation.extract.people;

/**
 * Finds who said the words in one quoted span, and whether they are a quotation at all.
 * The speaker is the subject of a speech verb next to the quote ("…,” Trump said", "said
 * Shin Beom-chul", "She stated, “…"), of a participle before it ("…, noting, “…" -> the
 * subject of the main clause), of a speech verb earlier in the sentence ("Kim had told …
 * that he wanted to “…”"), or the person after "according to". Short spans with no
 * attribution right beside them, and title-like spans, are phrases, not quotations.
 */
final class QuoteAttributor {

	private static final int SHORT_PHRASE_WORDS = 2;

	private final DocumentPeople people;

	private final DocumentTokens doc;

	private final SourceSpeakers sources;

	private final AttributionClauses clauses;

	private final SpeakersAfterQuote speakersAfter;

	private final QuoteLabels labels;

	private final QuotedTerms terms;

	private final OwnedRoleSpeakers ownedRoles;

	private final DescribedSpeakers describedSpeakers;

	private final BodySpeakers bodies;

	private final RelayedWords relayed;

	private final DocumentAuthors authors;

	private final QuoteHandOvers handOvers;

	private final SpeakersBeforeQuote speakersBefore;

	private final SpokenThingsAfterQuote spokenThings;

	private final DocumentVoices documents;

	private final UnnamedSpeakersAfterVerb unnamedAfter;

	private final DescribedCloserOfFragment describedCloser;

	private final FragmentsOfTheSpeakersClause ownClauses;

	QuoteAttributor(DocumentPeople people) {
		this.people = people;
		this.doc = people.doc;
		this.sources = new SourceSpeakers(people);
		this.clauses = new AttributionClauses(people);
		this.speakersAfter = new SpeakersAfterQuote(people, this.clauses);
		this.labels = new QuoteLabels(people, this.clauses);
		this.terms = new QuotedTerms(people);
		this.ownedRoles = new OwnedRoleSpeakers(people, this.clauses);
		this.describedSpeakers = new DescribedSpeakers(people, this.clauses, this.ownedRoles);
		this.bodies = new BodySpeakers(people, this.sources, this.clauses);
		this.relayed = new RelayedWords(people);
		this.authors = new DocumentAuthors(people, this.sources);
		this.handOvers = new QuoteHandOvers(people, this.clauses);
		this.spokenThings = new SpokenThingsAfterQuote(people, this.clauses);
		this.documents = new DocumentVoices(people, this.sources, this.clauses);
		this.unnamedAfter = new UnnamedSpeakersAfterVerb(people, this.describedSpeakers);
		this.describedCloser = new DescribedCloserOfFragment(people, this.clauses, this.describedSpeakers);
		this.ownClauses = new FragmentsOfTheSpeakersClause(people, this.clauses);
		this.speakersBefore = new SpeakersBeforeQuote(people, this.sources, this.clauses, this.describedSpeakers,
				this.bodies, this.documents);
	}

	Attribution attribute(QuotedSpan span) {
		int open = this.doc.tokenAt(span.start());
		int afterClose = this.doc.tokenAt(span.end());
		int words = this.clauses.wordsBetween(this.doc.tokenAt(span.innerStart()), this.doc.tokenAt(span.innerEnd()));
		if (span.closed() && this.labels.namesALabel(open)) {
			// "a theory also known as “…”", "what he called a “…”": a name given to
			// something, unless a passive names who gave it ("was dubbed “…” by Roe")
			Mention agent = afterClose + 1 < this.doc.size() && this.doc.get(afterClose).lower().equals("by")
					? this.people.index.mentionStartingAt(afterClose + 1) : null;
			return agent == null ? Attribution.PHRASE : new Attribution(true, agent.person);
		}
		if (this.terms.isTerm(span)) {
			return Attribution.PHRASE; // "on a “private label” basis"
		}
		Attribution relayedReply = this.relayed.attribution(open);
		if (relayedReply != null) {
			return relayedReply;
		}
		FoundSpeaker after = span.closed() ? afterQuote(afterClose, this.labels.handsOver(span)) : null;
		if (after == null && span.closed()
				&& AttributionParagraph.continues(this.doc, open, afterClose - 1, afterClose)) {
			after = saidAfter(afterClose, afterClose - 1); // '“…” ⏎ said Mary Roe, the
															// minister.'
		}
		if (after != null && after.person() != null) {
			return new Attribution(true, after.person());
		}
		// '“It's high time” the boy went home, said Wayne Roe.': words that open their
		// sentence, whose attribution closes it
		Mention closing = span.closed() && this.doc.boundaryBefore(open)
				? this.speakersAfter.speakerClosingSentence(afterClose) : null;
		if (closing != null && (after == null || after.person() == null)) {
			return new Attribution(true, closing.person);
		}
		if (DisputedClaims.quotedInside(this.doc, open)) {
			return Attribution.PHRASE; // "Roe denied claims that he was “…”": others'
										// words
		}
		if (words <= SHORT_PHRASE_WORDS) {
			boolean fragment = words == SHORT_PHRASE_WORDS && !this.labels.titleLike(span);
			FoundSpeaker reporter = fragment && this.labels.reported(open) ? this.speakersBefore.beforeQuote(open)
					: null;
			// 'There is “no way” that …, Roe said.': the words of whoever closes the
			// sentence
			Mention closer = fragment && span.closed() && (reporter == null || reporter.person() == null)
					? this.speakersAfter.speakerClosingSentence(afterClose) : null;
			LocalPerson speaker = closer != null ? closer.person : reporter == null ? null : reporter.person();
			// two words of a body or a description are too little to tell whose they are,
			// unless a participle set off after the body's clause hands them over ("The
			// ministry condemned the fires, calling them a “cowardly crime”") or the
			// clause it reports speaks of itself ("Acme said it was “highly confident”")
			boolean ownWords = speaker != null && (!speaker.described || closer == null
					&& (this.handOvers.handedByParticiple(open) || this.ownClauses.speakersOwn(open)));
			return ownWords ? new Attribution(true, speaker) : Attribution.PHRASE;
		}
		FoundSpeaker before = this.speakersBefore.beforeQuote(open);
		if (before != null && before.person() != null) {
			return new Attribution(true, before.person());
		}
		if (after == null && before != null) {
			// '“…,” said President Roe, “…”': the verb between two quotations attributes
			// both, and the second takes what the first is given
			return quotedEarlierInSentence(open) ? new Attribution(true, null) : Attribution.unreadSpeaker();
		}
		LocalPerson author = span.closed() ? this.authors.afterQuote(afterClose) : null;
		if (after != null || author != null) {
			// a letter's words are its author's
			return author != null ? new Attribution(true, author) : Attribution.unreadSpeaker();
		}
		closing = span.closed() && before == null ? this.speakersAfter.speakerClosingSentence(afterClose) : null;
		LocalPerson body = span.closed() && before == null ? this.bodies.closingSentence(afterClose) : null;
		if (closing != null || body != null) {
			return new Attribution(true, closing != null ? closing.person : body);
		}
		LocalPerson describedCloser = span.closed() && before == null ? this.describedCloser.speaker(open, afterClose)
				: null;
		if (describedCloser != null) {
			return new Attribution(true, describedCloser);
		}
		boolean clause = words >= QuoteLabels.CLAUSE_WORDS && !this.labels.titleLike(span);
		if (!span.closed() || clause || this.labels.wholeSentence(span)) {
			// '“…,” Friends of the Harbour executive director Jane Roe said.': a speech
			// verb closing the quote's own sentence names a speaker not read
			return span.closed() && this.speakersAfter.speechVerbClosingSentence(afterClose)
					? Attribution.unreadSpeaker() : new Attribution(true, null);
		}
		return Attribution.PHRASE;
	}

	private FoundSpeaker afterQuote(int t, boolean handsOver) {
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
	private FoundSpeaker saidAfter(int t, int close) {
		int n = this.doc.size();
		{
			if (t + 1 < n && this.doc.get(t + 1).lower().equals("that")) {
				return null; // "…” claimed that the former executive had ...": what was
								// claimed, not who claimed it
			}
			if (t + 1 < n && (this.doc.get(t + 1).is(":") || this.doc.get(t + 1).is("“"))) {
				return null; // '“…”, states: “…”': the verb introduces the next quotation
			}
			Mention speaker = this.speakersAfter.nameAfterRole(t + 1);
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
		if (subject == null) {
			Mention named = this.handOvers.nameAfterDescription(t);
			named = named != null ? named : this.handOvers.nameAfterLongTitle(t);
			if (named != null) {
				return FoundSpeaker.of(named);
			}
			LocalPerson issuer = this.sources.issuerOfTheDocument(t);
			if (issuer != null) {
				return FoundSpeaker.of(issuer);
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
		int v = this.clauses.verbAfter(subject.appositionEndToken, n);
		if (this.clauses.reportsSpeechAt(v)) {
			return speakerOf(subject);
		}
		if (VerblessCloser.closes(this.doc, close, t, subject)) {
			return speakerOf(subject); // '"…," Jane Roe, an analyst at Acme.'
		}
		if (handsOver && v + 1 < n && SpeechVerbs.isPhrasal(this.doc.get(v).lower(), this.doc.get(v + 1).lower())
				&& (v + 2 >= n || this.doc.boundaryBefore(v + 2) || this.doc.get(v + 2).is(",")
						|| this.doc.get(v + 2).is("."))) {
			return speakerOf(subject); // "…,” Roe went on.
		}
		// "…,” Tom enthused.
		boolean lastWord = v + 1 >= n || this.doc.boundaryBefore(v + 1) || this.doc.get(v + 1).is(",");
		return handsOver && v < n && lastWord && !this.doc.get(v).capitalized()
				&& this.doc.get(v).lower().endsWith("ed") ? speakerOf(subject) : null;
	}

	private boolean quotedEarlierInSentence(int open) {
		int sentence = this.doc.sentence[open];
		for (int t = open - 1; t >= 0 && this.doc.sentence[t] == sentence; t--) {
			if (this.doc.get(t).is("”") || this.doc.get(t).is("\"")) {
				return true;
			}
			if (this.doc.boundaryBefore(t)) {
				break;
			}
		}
		return false;
	}

	private FoundSpeaker speakerOf(Mention subject) {
		FoundSpeaker described = subject.kind == Mention.Kind.PRONOUN ? this.describedSpeakers.goingOn(subject) : null;
		return described != null ? described : FoundSpeaker.of(subject);
	}

}
