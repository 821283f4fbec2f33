package app.quarry.generation.extract.people;

/**
 * Who said a quote whose sentence has a speech verb before it: the one quoted as saying
 * it, the doer of a passive, the speaker heard saying it, then the subject of the verb,
 * read one way for a participle ("…, saying “…”") and another for a finite verb ("Roe
 * said “…”"). Kept apart from {@link SpeakersBeforeQuote}, which finds the verb, because
 * the ways a verb's subject can mislead are many.
 */
final class SpeechVerbSpeakers {

	private final DocumentPeople people;

	private final DocumentTokens doc;

	private final SourceSpeakers sources;

	private final DescribedSpeakers describedSpeakers;

	private final BodySpeakers bodies;

	private final JointSubjects joint;

	private final FiniteSpeechVerbSpeakers finite;

	SpeechVerbSpeakers(DocumentPeople people, SourceSpeakers sources, AttributionClauses clauses,
			DescribedSpeakers describedSpeakers, BodySpeakers bodies, DocumentVoices documents, JointSubjects joint,
			SourceSubjects subjects, OrganisationsInFocus focus, BodiesSpeakingJustBefore justBefore) {
		this.people = people;
		this.doc = people.doc;
		this.sources = sources;
		this.describedSpeakers = describedSpeakers;
		this.bodies = bodies;
		this.joint = joint;
		this.finite = new FiniteSpeechVerbSpeakers(people, sources, clauses, describedSpeakers, documents, joint,
				subjects, focus, justBefore);
	}

	/** The speaker of the speech verb at {@code verb}; every way out is an answer. */
	FoundSpeaker speaker(int verb, int open, int sentence) {
		FoundSpeaker quotedAs = QuotedAsSaying.speaker(this.people, verb);
		if (quotedAs != null) {
			return quotedAs; // "Doe quoted Roe as saying “…”": Roe's words
		}
		String lower = this.doc.get(verb).lower();
		// "Acme goes on to say": the subject is the carrying verb's
		int t = CatenativeSpeech.carrier(this.doc, verb);
		FoundSpeaker doer = doerOrHearer(t, open);
		if (doer != null) {
			return doer;
		}
		Mention heard = SpeakersHeardSaying.speaker(this.people, t);
		if (heard != null) {
			return FoundSpeaker.of(heard); // "Roe recalled Doe saying: “…”"
		}
		boolean participle = SpeechVerbs.isParticiple(lower) || lower.equals("citing");
		return participle ? participleSpeaker(t, open, sentence) : this.finite.speaker(t, open, sentence);
	}

	/**
	 * The doer named after "by" ("was praised by Jane Roe as “…”"), or nobody when the
	 * subject was told the words; null when neither.
	 */
	private FoundSpeaker doerOrHearer(int t, int open) {
		if (t + 2 < open && this.doc.get(t + 1).lower().equals("by")) {
			Mention doer = this.people.index.mentionStartingAt(t + 2);
			if (doer != null) {
				return FoundSpeaker.of(doer);
			}
			LocalPerson body = NamedAgents.named(this.doc, t + 2) ? this.sources.namedAt(t + 2) : null;
			if (body != null) {
				return FoundSpeaker.of(body); // "described by the Gazette as “…”"
			}
		}
		if (PassiveTellings.toldTheSubject(this.doc, t)) {
			return FoundSpeaker.UNRESOLVED; // "Roe was told by a nurse that …": Roe heard
											// it
		}
		return null;
	}

	/**
	 * The speaker of a participle ("…, saying “…”"): the subject of the clause it hangs
	 * on, unless the participle belongs to a picture, an absolute phrase or an object.
	 */
	private FoundSpeaker participleSpeaker(int t, int open, int sentence) {
		if (DepictedSpeech.depicted(this.doc, this.people.index, t)) {
			// "The leaflet depicts Roe …, saying: “…”"
			return FoundSpeaker.UNRESOLVED;
		}
		FoundSpeaker absolute = AbsoluteParticiples.speaker(this.doc, this.people.index, t);
		if (absolute != null) {
			// "…, with a nurse there saying “…”": the words are the phrase's own
			return absolute;
		}
		Mention relative = ParticiplesAfterRelativeClauses.speaker(this.people, t);
		if (relative != null) {
			return FoundSpeaker.of(relative); // "met Roe, who argued …, saying “…”"
		}
		Mention tagged = TagsBeforeParticiples.subjectOfTagBefore(this.doc, this.people.index, t);
		Mention subject = tagged != null ? tagged : this.people.index.mainSubject(sentence, t);
		if (tagged == null && subject != null && ObjectsBeforeParticiples.objectOfClause(this.doc, subject)) {
			// "Westria attacked Norland, saying …": the clause's subject speaks,
			// not the one it attacked
			Mention earlier = ObjectsBeforeParticiples.subjectBeforeObject(this.doc, this.people.mentions, subject);
			if (earlier != null) {
				return FoundSpeaker.of(earlier); // "Later Roe hit out at Acme, saying"
			}
			FoundSpeaker unnamed = participleSubjectUnnamed(t, open, sentence);
			return unnamed != null && unnamed.person() != null && !unnamed.person().name().equals(subject.person.name())
					? unnamed : FoundSpeaker.UNRESOLVED;
		}
		if (subject == null) {
			// "A group of lawmakers released a statement saying “…”"
			return participleSubjectUnnamed(t, open, sentence);
		}
		if (subject.kind == Mention.Kind.NAME && subject.possessive
				&& !SayingsOwnedByNames.ownsADocument(this.doc, subject)) {
			return FoundSpeaker.UNRESOLVED; // "…, Roe's agent saying": not Roe
		}
		// "Varga and Lindqvist, saying “…”": the words of both, neither's alone
		return this.joint.joined(subject) ? FoundSpeaker.UNRESOLVED : FoundSpeaker.of(subject);
	}

	/**
	 * The speaker of a participle whose clause has no person for its subject: a
	 * description, a document or a body the clause opens with.
	 */
	private FoundSpeaker participleSubjectUnnamed(int participle, int open, int sentence) {
		FoundSpeaker body = this.describedSpeakers.describedSubject(-1, open);
		LocalPerson document = body != null ? null : this.sources.documentSource(sentence, open);
		body = body != null || document != null ? body : this.bodies.ofParticiple(participle, open);
		return body != null ? body : FoundSpeaker.of(document);
	}

}
