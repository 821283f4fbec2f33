package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * Who said a quote, read from the words before it in its sentence: the subject of a
 * speech verb or of a participle's main clause, the person after "according to" or "in
 * the words of", a name heading the words with a colon, or the person the sentence is
 * about when a comma or a colon hands the words over. Apart from {@link QuoteAttributor},
 * which weighs this against what follows the quote; the subject of a speech verb is read
 * by {@link SpeechVerbSpeakers}.
 */
final class SpeakersBeforeQuote {

	private static final int SHORT_QUOTE_WORDS = 4;

	/** Words of a lower-case fragment quoted inside the clause: "as an act of force". */
	private static final int MAX_FRAGMENT_WORDS = 8;

	/** Dashes that hand quoted words over as a colon does. */
	static final Set<String> HANDING_DASHES = Set.of("-", "--", "—", "–");

	static final Set<String> BE_FORMS = Set.of("is", "was", "are", "were", "be", "been", "being");

	private final DocumentPeople people;

	private final DocumentTokens doc;

	private final SourceSpeakers sources;

	private final AttributionClauses clauses;

	private final DescribedSpeakers describedSpeakers;

	private final DocumentVoices documents;

	private final JointSubjects joint;

	private final SpeechVerbSpeakers speechVerbs;

	SpeakersBeforeQuote(DocumentPeople people, SourceSpeakers sources, AttributionClauses clauses,
			DescribedSpeakers describedSpeakers, BodySpeakers bodies, DocumentVoices documents) {
		this.people = people;
		this.doc = people.doc;
		this.sources = sources;
		SourceSubjects subjects = new SourceSubjects(people, sources);
		this.clauses = clauses;
		this.describedSpeakers = describedSpeakers;
		this.documents = documents;
		this.joint = new JointSubjects(people);
		OrganisationsInFocus focus = new OrganisationsInFocus(people, sources, clauses);
		BodiesSpeakingJustBefore justBefore = new BodiesSpeakingJustBefore(people.doc, clauses, focus);
		this.speechVerbs = new SpeechVerbSpeakers(people, sources, clauses, describedSpeakers, bodies, documents,
				this.joint, subjects, focus, justBefore);
	}

	FoundSpeaker beforeQuote(int open) {
		if (this.doc.boundaryBefore(open)) {
			// "…, a spokesman said:" closing a paragraph, then the quotation as the next
			if (open >= 2 && this.doc.get(open - 1).is(":") && this.clauses.speechVerbAt(open - 2)) {
				return beforeQuote(open - 1);
			}
			// "Jane Roe (WES), Westria coach" on a line of its own, then her words
			Mention header = SpeakerHeaderLines.speakerAbove(this.people, open);
			return header == null ? null : FoundSpeaker.of(header);
		}
		FoundSpeaker leading = speakerLeadingIn(open);
		if (leading != null) {
			return leading;
		}
		int sentence = this.doc.sentence[open];
		int limit = Math.max(0, open - AttributionClauses.MAX_LOOK_BACK);
		for (int t = open - 1; t >= limit && this.doc.sentence[t] == sentence; t--) {
			Token token = this.doc.get(t);
			if (token.is("”") || token.is("\"")) {
				int opening = this.clauses.shortQuoteOpening(t, SHORT_QUOTE_WORDS);
				opening = opening >= 0 ? opening : fragmentOpening(t);
				if (opening < 0 && coordinatedWith(t, open)) {
					// 'vowed to “find them all” and “make them pay”': what governs the
					// first governs both
					return beforeQuote(this.doc.tokenAt(this.people.quoteClosingAt(t).start()));
				}
				if (opening < 0) {
					return null; // an earlier quotation's attribution is not this one's
				}
				t = opening; // 'said he had “no interest” in it and would “stay out”'
				continue;
			}
			if (!token.word()) {
				if (this.doc.afterLineBreak[t]) {
					return null;
				}
				continue;
			}
			FoundSpeaker named = namedAfterPhrase(t, open);
			if (named != null) {
				return named;
			}
			if (WordsBeforeQuotes.agentlessPassive(this.doc, t)) {
				continue; // "while the store is branded, …": what was done, not who spoke
			}
			if (this.clauses.speechVerbAt(t) && this.clauses.possessedNoun(t)) {
				if (t + 1 < open && this.doc.get(t + 1).lower().equals("that")) {
					// "Doe rejected Roe's claim that it was “…”": the owner's words
					Mention owner = this.people.index.mentionEndingAt(t - 2);
					return owner != null && owner.possessive ? FoundSpeaker.of(owner) : FoundSpeaker.UNRESOLVED;
				}
				continue; // "Doe called Roe's remarks “…”": a noun, no speaker
			}
			if (this.clauses.speechVerbAt(t) && NoSpeechHere.verbOfAnotherSense(this.doc, this.clauses, t)) {
				continue; // "described it as being written “…”", "will speak for nations
							// that “…”"
			}
			int credit = this.clauses.speechVerbAt(t) ? CreditsSetOffBeforeQuotes.closingComma(this.doc, t, open) : -1;
			if (credit >= 0) {
				// "…, written by Doe, and praised “…”": Doe wrote the thing, not these
				// words
				return CreditsSetOffBeforeQuotes.predicateJoinedOn(this.doc, credit, open)
						? sentenceSubject(sentence, t) : FoundSpeaker.UNRESOLVED;
			}
			if (this.clauses.speechVerbAt(t) || WordsBeforeQuotes.citing(this.doc, t, open)) {
				return this.speechVerbs.speaker(t, open, sentence);
			}
			if (this.doc.boundaryBefore(t)) {
				return introduced(open, sentence);
			}
		}
		return introduced(open, sentence);
	}

	/**
	 * 'said Westria took Upton “as an act of plain force” and asked for “…”': a longer
	 * quotation that is still a fragment of the sentence, opening in lower case with no
	 * stop or comma of its own, sits inside the clause that introduces the next one. The
	 * opening mark, or -1.
	 */
	private int fragmentOpening(int close) {
		QuotedSpan other = this.people.quoteClosingAt(close);
		if (other == null || other.innerEnd() <= other.innerStart()) {
			return -1;
		}
		String inner = this.doc.text.substring(other.innerStart(), other.innerEnd());
		int words = this.clauses.wordsBetween(this.doc.tokenAt(other.innerStart()), this.doc.tokenAt(other.innerEnd()));
		boolean fragment = Character.isLowerCase(inner.charAt(0)) && words <= MAX_FRAGMENT_WORDS
				&& inner.chars().noneMatch(c -> ",.;:!?".indexOf(c) >= 0);
		return fragment ? this.doc.tokenAt(other.start()) : -1;
	}

	/**
	 * Whether the quotation closing at {@code close} is joined to the one opening at
	 * {@code open} by nothing but "and" or "or".
	 */
	private boolean coordinatedWith(int close, int open) {
		if (close != open - 2 || this.people.quoteClosingAt(close) == null) {
			return false;
		}
		String between = this.doc.get(open - 1).lower();
		return between.equals("and") || between.equals("or");
	}

	/**
	 * A speaker given right before the quote with no speech verb: a name heading the
	 * words with a colon, an inverted attribution ("Replied port spokesman Tom Roe,
	 * “…”"), or nobody when the words are a confirmation received; null when none.
	 */
	private FoundSpeaker speakerLeadingIn(int open) {
		if (open >= 2 && this.doc.get(open - 1).is(":")) {
			// "Secretary of the Air Force Jane Roe: “…”": a name heading its words
			Mention heading = this.people.index.mentionEndingAt(open - 2);
			if (heading != null && WordsBeforeQuotes.objectOfPreposition(this.doc, heading)) {
				// "He said of his talks with Roe: “…”": Roe is what he spoke of
				heading = null;
			}
			if (heading != null && ListenersOfTelling.addressedInList(this.people.index, this.doc, heading)) {
				heading = null; // "He told Roe: “…”": Roe is spoken to
			}
			heading = heading != null ? heading : InvertedAttributions.speakerBeforeColon(this.people, open - 1);
			if (heading != null) {
				return FoundSpeaker.of(heading);
			}
		}
		Mention inverted = open >= 2 ? InvertedAttributions.speakerBeforeComma(this.people, open - 1) : null;
		if (inverted != null) {
			return FoundSpeaker.of(inverted); // "Replied port spokesman Tom Roe, “…”"
		}
		FoundSpeaker oneOfAGroup = open >= 2 ? InvertedAttributions.oneOfAGroupBeforeComma(this.doc, open - 1) : null;
		if (oneOfAGroup != null) {
			return oneOfAGroup; // "Says one Acme worker, “…”"
		}
		int giver = ConfirmationsReceived.giverAfter(this.doc, open);
		if (giver > 0) {
			// "it received confirmation from Acme officials that “…”": the officials'
			LocalPerson given = ConfirmationsReceived.giver(this.doc, this.sources, giver, open);
			return given != null ? FoundSpeaker.of(given) : FoundSpeaker.UNRESOLVED;
		}
		return null;
	}

	/**
	 * The speaker named after "according to" or "in the words of" at {@code t}; null when
	 * the phrase is not there or names nobody who speaks.
	 */
	private static final int MAX_DESCRIPTION_WORDS = 8;

	private FoundSpeaker namedAfterPhrase(int t, int open) {
		String lower = this.doc.get(t).lower();
		if (lower.equals("according") && t + 2 < open && this.doc.get(t + 1).lower().equals("to")) {
			Mention owner = this.people.index.mentionStartingAt(t + 2);
			if (owner != null && owner.kind == Mention.Kind.NAME && owner.possessive
					&& !SayingsOwnedByNames.ownsADocument(this.doc, owner)) {
				// "according to Roe's wife, Jane, “…”"
				return FoundSpeaker.UNRESOLVED;
			}
			if (OwnedSources.ownedByPronoun(this.doc, t + 2, open)) {
				return FoundSpeaker.UNRESOLVED; // "according to his father, “…”"
			}
			LocalPerson speaker = this.sources.namedAt(t + 2);
			if (speaker != null) {
				return FoundSpeaker.of(speaker);
			}
			// "according to a statement from Acme"
			FoundSpeaker issued = this.documents.after(t + 2);
			if (issued != null && issued.person() != null) {
				return issued;
			}
			Mention described = nameAfterDescription(t + 2, open);
			if (described != null) {
				return FoundSpeaker.of(described); // "according to the school's physics
													// professor Jane Roe"
			}
		}
		if (lower.equals("words") && t > 0 && t + 2 < open && this.doc.get(t - 1).lower().equals("the")
				&& this.doc.get(t + 1).lower().equals("of")) {
			// "In the words of Roe, “…”": the words are the named person's
			Mention named = this.people.index.mentionStartingAt(t + 2);
			if (named != null && named.person != null && !named.person.described) {
				return FoundSpeaker.of(named);
			}
		}
		return null;
	}

	/**
	 * A person's name after the words that describe them ("the university's astronomy
	 * professor Jane Roe"): lower-case words, an article and an owner's possessive only,
	 * no comma and no verb of saying before the name.
	 */
	private Mention nameAfterDescription(int first, int open) {
		for (int u = first; u < open && u - first <= MAX_DESCRIPTION_WORDS && !this.doc.boundaryBefore(u); u++) {
			Mention named = this.people.index.mentionStartingAt(u);
			if (named != null && named.kind == Mention.Kind.NAME && !named.possessive && !named.person.described) {
				return named;
			}
			Token word = this.doc.get(u);
			boolean owner = word.capitalized() && u + 1 < open && NameFinder.isPossessiveMark(this.doc.get(u + 1));
			if (!word.word() || word.capitalized() && !owner || SpeechVerbs.isSpeechVerb(word.lower())) {
				return null;
			}
		}
		return null;
	}

	/** The subject of the sentence's main clause, when one person alone. */
	private FoundSpeaker sentenceSubject(int sentence, int before) {
		Mention subject = this.people.index.firstSubject(sentence, before);
		return subject == null || this.joint.joined(subject) ? FoundSpeaker.UNRESOLVED : FoundSpeaker.of(subject);
	}

	/**
	 * "In his last letter, Roe left this farewell: “…”": words a comma, a colon or a dash
	 * hands to ("The judge agreed with the defence - “I conclude …”"), with no speech
	 * verb, are those of the person the sentence is about.
	 */
	private FoundSpeaker introduced(int open, int sentence) {
		Token before = this.doc.get(open - 1);
		if (!before.is(",") && !before.is(":") && !HANDING_DASHES.contains(before.text())
				|| ClausesRunningIntoQuotes.carriesOn(this.doc, open)) {
			return null;
		}
		LocalPerson source = this.sources.documentSource(sentence, open);
		if (source != null) {
			return FoundSpeaker.of(source);
		}
		Mention subject = this.people.index.firstSubject(sentence, open);
		if (this.joint.joined(subject)) {
			return FoundSpeaker.UNRESOLVED;
		}
		return subject == null ? this.describedSpeakers.describedSubject(-1, open) : FoundSpeaker.of(subject);
	}

}
