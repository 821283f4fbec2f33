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

	private final DocumentVoices documents;

	private final DescribedCloserOfFragment describedCloser;

	private final FragmentsOfTheSpeakersClause ownClauses;

	private final SpeakerTagsAfterQuote tags;

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
		this.documents = new DocumentVoices(people, this.sources, this.clauses);
		this.describedCloser = new DescribedCloserOfFragment(people, this.clauses, this.describedSpeakers);
		this.ownClauses = new FragmentsOfTheSpeakersClause(people, this.clauses);
		this.speakersBefore = new SpeakersBeforeQuote(people, this.sources, this.clauses, this.describedSpeakers,
				this.bodies, this.documents);
		this.tags = new SpeakerTagsAfterQuote(people, this.sources, this.clauses, this.speakersAfter, this.ownedRoles,
				this.describedSpeakers, this.handOvers, this.documents, this.authors);
	}

	Attribution attribute(QuotedSpan span) {
		return attributeAnyone(span);
	}

	/**
	 * A paragraph of someone's words with no marks, after a paragraph that hands it over
	 * ("Roe said:"): only the hand-over tells whose they are.
	 */
	Attribution attributeBlock(QuotedSpan span) {
		FoundSpeaker before = this.speakersBefore.beforeQuote(this.doc.tokenAt(span.start()));
		return new Attribution(true, before == null ? null : before.person());
	}

	private Attribution attributeAnyone(QuotedSpan span) {
		int open = this.doc.tokenAt(span.start());
		int afterClose = this.doc.tokenAt(span.end());
		int words = this.clauses.wordsBetween(this.doc.tokenAt(span.innerStart()), this.doc.tokenAt(span.innerEnd()));
		LocalPerson namer = span.closed() ? NamesGivenInRelativeClauses.namer(this.people, open) : null;
		if (namer != null) {
			return new Attribution(true, namer); // "bankers, whom he called “…”"
		}
		if (span.closed() && CrowdChants.chantedByACrowd(this.doc, open)) {
			return Attribution.PHRASE; // "marchers chanted “…”": a crowd's words, no
										// one's
		}
		if (span.closed() && this.labels.namesALabel(open)) {
			// "a theory also known as “…”", "what he called a “…”": a name given to
			// something, unless a passive names who gave it ("was dubbed “…” by Roe")
			Mention agent = afterClose + 1 < this.doc.size() && this.doc.get(afterClose).lower().equals("by")
					? this.people.index.mentionStartingAt(afterClose + 1) : null;
			return agent == null ? Attribution.PHRASE : new Attribution(true, agent.person);
		}
		if (span.closed() && WrittenPiecesQuoted.at(this.doc, open)) {
			return Attribution.PHRASE; // "ran a story “…”", "a sign reading “…”"
		}
		if (OwnedPhrases.owned(this.people, this.clauses, span)) {
			return Attribution.PHRASE; // "Roe's “war on poverty”": the owner's label
		}
		if (this.terms.isTerm(span)) {
			return Attribution.PHRASE; // "on a “private label” basis"
		}
		Attribution relayedReply = this.relayed.attribution(open);
		if (relayedReply != null) {
			return relayedReply;
		}
		// '“We won the cup.” The two clubs meet again in May.', '“…” The Tories say the
		// plan is too costly.': a sentence of the document's own, or one reporting other
		// speech, after words that closed their sentence tags nothing
		boolean otherSentence = span.closed() && SentenceAfterClosedQuote.cannotTag(this.doc, span, afterClose);
		FoundSpeaker after = span.closed() && !otherSentence
				? this.tags.afterQuote(afterClose, this.labels.handsOver(span)) : null;
		if (after == null && span.closed()
				&& AttributionParagraph.continues(this.doc, open, afterClose - 1, afterClose)) {
			after = this.tags.saidAfter(afterClose, afterClose - 1); // '“…” ⏎ said Mary
																		// Roe, the
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
			// "called the plan a “shameful waste”": the subject's judgement, whoever the
			// subject is
			boolean given = fragment && span.closed() && DescriptionsGivenByTheSubject.given(this.doc, open);
			boolean grading = fragment && EvaluativeFragments.grades(this.doc, span);
			FoundSpeaker reporter = fragment && this.labels.reported(open) ? this.speakersBefore.beforeQuote(open)
					: null;
			// 'There is “no way” that …, Roe said.': the words of whoever closes the
			// sentence
			Mention closer = fragment && span.closed() && (reporter == null || reporter.person() == null)
					? this.speakersAfter.speakerClosingSentence(afterClose) : null;
			LocalPerson speaker = closer != null ? closer.person : reporter == null ? null : reporter.person();
			if (speaker == null && grading && span.closed() && reporter == null) {
				speaker = this.bodies.closingSentence(afterClose); // "…, Acme said."
			}
			// two words of a body or a description are too little to tell whose they are,
			// unless a participle set off after the body's clause hands them over ("The
			// ministry condemned the fires, calling them a “cowardly crime”") or the
			// clause it reports speaks of itself ("Acme said it was “highly confident”");
			// words
			// that grade something ("looks “very favourable”, Acme said") are a
			// judgement,
			// whoever gives it
			boolean ownWords = speaker != null && (!speaker.described || grading
					|| closer == null && (this.handOvers.handedByParticiple(open) || this.ownClauses.speakersOwn(open)
							|| JudgementsOfAThing.judged(this.people, this.clauses, open) || given));
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

	private boolean quotedEarlierInSentence(int open) {
		int sentence = this.doc.sentence[open];
		for (int t = open - 1; t >= 0 && this.doc.sentence[t] == sentence; t--) {
			if (this.doc.get(t).is("”") || this.doc.get(t).is("\"")) {
				return true;
			}
			if (this.clauses.speechVerbAt(t) && CreditsSetOffBeforeQuotes.closingComma(this.doc, t, open) >= 0) {
				return false; // '“…”, written by Doe, and praised “…”': Doe's credit ends
			}
			if (this.doc.boundaryBefore(t)) {
				break;
			}
		}
		return false;
	}

}
