package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * Who said a quote, read from the words before it in its sentence: the subject of a
 * speech verb or of a participle's main clause, the person after "according to" or "in
 * the words of", a name heading the words with a colon, or the person the sentence is
 * about when a comma or a colon hands the words over. Apart from {@link QuoteAttributor},
 * which weighs this against what follows the quote.
 */
final class SpeakersBeforeQuote {

	private static final int SHORT_QUOTE_WORDS = 4;

	/** Dashes that hand quoted words over as a colon does. */
	private static final Set<String> HANDING_DASHES = Set.of("-", "--", "—", "–");

	private final DocumentPeople people;

	private final DocumentTokens doc;

	private final SourceSpeakers sources;

	private final SourceSubjects subjects;

	private final AttributionClauses clauses;

	private final DescribedSpeakers describedSpeakers;

	private final BodySpeakers bodies;

	private final DocumentVoices documents;

	private final JointSubjects joint;

	private final OrganisationsInFocus focus;

	private final BodiesSpeakingJustBefore justBefore;

	SpeakersBeforeQuote(DocumentPeople people, SourceSpeakers sources, AttributionClauses clauses,
			DescribedSpeakers describedSpeakers, BodySpeakers bodies, DocumentVoices documents) {
		this.people = people;
		this.doc = people.doc;
		this.sources = sources;
		this.subjects = new SourceSubjects(people, sources);
		this.clauses = clauses;
		this.describedSpeakers = describedSpeakers;
		this.bodies = bodies;
		this.documents = documents;
		this.joint = new JointSubjects(people);
		this.focus = new OrganisationsInFocus(people, sources, clauses);
		this.justBefore = new BodiesSpeakingJustBefore(people.doc, clauses, this.focus);
	}

	FoundSpeaker beforeQuote(int open) {
		if (this.doc.boundaryBefore(open)) {
			// "…, a spokesman said:" closing a paragraph, then the quotation as the next
			return open >= 2 && this.doc.get(open - 1).is(":") && this.clauses.speechVerbAt(open - 2)
					? beforeQuote(open - 1) : null;
		}
		if (open >= 2 && this.doc.get(open - 1).is(":")) {
			// "Secretary of the Air Force Jane Roe: “…”": a name heading its words
			Mention heading = this.people.index.mentionEndingAt(open - 2);
			if (heading != null && objectOfPreposition(heading)) {
				heading = null; // "He said of his talks with Roe: “…”": Roe is what he
								// spoke of
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
		if (ConfirmationsReceived.received(this.doc, open)) {
			return FoundSpeaker.UNRESOLVED; // "it received confirmation from officials
											// that “…”"
		}
		int sentence = this.doc.sentence[open];
		int limit = Math.max(0, open - AttributionClauses.MAX_LOOK_BACK);
		for (int t = open - 1; t >= limit && this.doc.sentence[t] == sentence; t--) {
			Token token = this.doc.get(t);
			if (token.is("”") || token.is("\"")) {
				int opening = this.clauses.shortQuoteOpening(t, SHORT_QUOTE_WORDS);
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
			String lower = token.lower();
			if (lower.equals("according") && t + 2 < open && this.doc.get(t + 1).lower().equals("to")) {
				Mention owner = this.people.index.mentionStartingAt(t + 2);
				if (owner != null && owner.kind == Mention.Kind.NAME && owner.possessive && !ownsADocument(owner)) {
					return FoundSpeaker.UNRESOLVED; // "according to Roe's wife, Jane,
													// “…”"
				}
				LocalPerson speaker = this.sources.namedAt(t + 2);
				if (speaker != null) {
					return FoundSpeaker.of(speaker);
				}
				FoundSpeaker issued = this.documents.after(t + 2); // "according to a
																	// statement from
																	// Acme"
				if (issued != null && issued.person() != null) {
					return issued;
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
			if (agentlessPassive(t)) {
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
			if (this.clauses.speechVerbAt(t) || citing(t, open)) {
				FoundSpeaker quotedAs = QuotedAsSaying.speaker(this.people, t);
				if (quotedAs != null) {
					return quotedAs; // "Doe quoted Roe as saying “…”": Roe's words
				}
				// "Acme goes on to say": the subject is the carrying verb's; every way
				// out
				// of this branch returns
				t = CatenativeSpeech.carrier(this.doc, t);
				if (t + 2 < open && this.doc.get(t + 1).lower().equals("by")) {
					// "was praised by Jane Roe as “…”"
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
					return FoundSpeaker.UNRESOLVED; // "Roe was told by a nurse that …":
													// Roe
													// heard it
				}
				boolean participle = SpeechVerbs.isParticiple(lower) || lower.equals("citing");
				Mention heard = SpeakersHeardSaying.speaker(this.people, t);
				if (heard != null) {
					return FoundSpeaker.of(heard); // "Roe recalled Doe saying: “…”"
				}
				Mention relative = participle ? null : RelativeClauseSpeakers.antecedent(this.people, t);
				if (relative != null) {
					// "Roe was backed by Doe, who said “…”": Doe's words
					return this.joint.joined(relative) ? FoundSpeaker.UNRESOLVED : FoundSpeaker.of(relative);
				}
				if (!participle && RelativeClauseSpeakers.someoneUntold(this.people, t)) {
					return FoundSpeaker.UNRESOLVED; // "met the widow of Roe, who said"
				}
				if (participle && DepictedSpeech.depicted(this.doc, this.people.index, t)) {
					// "The leaflet depicts Roe …, saying: “…”"
					return FoundSpeaker.UNRESOLVED;
				}
				FoundSpeaker issued = participle ? null : this.documents.before(t);
				if (issued != null) {
					return issued; // "An accompanying statement warned “…”"
				}
				FoundSpeaker describedSubject = participle ? null : this.describedSpeakers.describedSubject(t, open);
				if (describedSubject != null) {
					return describedSubject;
				}
				FoundSpeaker absolute = participle ? AbsoluteParticiples.speaker(this.doc, this.people.index, t) : null;
				if (absolute != null) {
					// "…, with a nurse there saying “…”": the words are the phrase's own
					return absolute;
				}
				Mention tagged = participle ? TagsBeforeParticiples.subjectOfTagBefore(this.doc, this.people.index, t)
						: null;
				Mention subject = tagged != null ? tagged
						: participle ? this.people.index.mainSubject(sentence, t) : this.people.index.subjectBefore(t);
				if (participle && tagged == null && subject != null
						&& ObjectsBeforeParticiples.objectOfClause(this.doc, subject)) {
					// "Westria attacked Norland, saying …": the clause's subject speaks,
					// not the one it attacked
					Mention earlier = ObjectsBeforeParticiples.subjectBeforeObject(this.doc, this.people.mentions,
							subject);
					if (earlier != null) {
						return FoundSpeaker.of(earlier); // "Later Roe hit out at Acme,
															// saying"
					}
					FoundSpeaker unnamed = participleSubjectUnnamed(t, open, sentence);
					return unnamed != null && unnamed.person() != null
							&& !unnamed.person().name().equals(subject.person.name()) ? unnamed
									: FoundSpeaker.UNRESOLVED;
				}
				Mention teller = participle ? null
						: TellersOfReportedFragments.teller(this.people, this.clauses, subject, t, open);
				if (teller != null) {
					return FoundSpeaker.of(teller); // "Roe told … that Doe “…”, and told
													// the police, “…”"
				}
				Mention listed = participle || subject == null ? null
						: ListedNamesInAppositions.personBeforeList(this.people, subject, t);
				if (listed != null) {
					return FoundSpeaker.of(listed); // "Roe, Acme's Office of Energy,
													// Coastal Affairs and Sea, said"
				}
				Mention head = participle ? null : AppositionHeads.headOf(this.people, subject);
				head = head != null || participle ? head : KindsSetOffAfterSpeakers.headOf(this.people, subject);
				if (head != null && this.clauses.rightBefore(subject, t)) {
					// "Roe, head of the Acme Club, said", unless the person the name was
					// read as goes by another full name (a relative of the same surname)
					return AppositionHeads.knownByThisName(head) ? FoundSpeaker.of(head) : FoundSpeaker.UNRESOLVED;
				}
				if (!participle && subject != null && !this.clauses.rightBefore(subject, t)
						&& SubjectsOfRelativeClauses.insideRelativeClause(this.doc, subject)) {
					// "Roe of the Trust, the charity where Doe worked, told …": Roe's
					// words
					Mention opening = SubjectsOfRelativeClauses.openingSubject(this.people.index, this.doc, subject, t);
					return opening != null ? FoundSpeaker.of(opening) : FoundSpeaker.UNRESOLVED;
				}
				if (!participle && (subject == null || !this.clauses.rightBefore(subject, t))) {
					FoundSpeaker unnamed = unnamedSubject(t, open, sentence);
					if (unnamed != null) {
						return unnamed;
					}
				}
				if (!participle && subject != null && !this.clauses.rightBefore(subject, t)
						&& CoordinatedClauseSubjects.ownSubjectBefore(this.doc, subject.endToken, t)) {
					return FoundSpeaker.UNRESOLVED; // "Acme called it “…”, while critics
													// said"
				}
				if (!participle && PronounsTheReaderSkips.subjectOf(this.doc, t)) {
					// "Acme issued a statement. They said “…”": a body may be "they";
					// otherwise "…, but, they said, “…”" is someone the reader skips
					LocalPerson body = this.justBefore.forThey(subjectWordBefore(t));
					return body != null ? FoundSpeaker.of(body) : FoundSpeaker.UNRESOLVED;
				}
				if (participle && subject == null) {
					// "A group of lawmakers released a statement saying “…”"
					return participleSubjectUnnamed(t, open, sentence);
				}
				if (!participle && subject != null && NamesInFrontedClauses.inside(this.doc, subject, t)) {
					return FoundSpeaker.UNRESOLVED; // "While Roe was away, a guard said
													// “…”"
				}
				if (subject != null && !subject.subject && !participle && !this.clauses.rightBefore(subject, t)) {
					// "someone close to Roe said …": a name elsewhere in the clause did
					// not
					// say it
					return FoundSpeaker.UNRESOLVED;
				}
				if (!participle && subject != null
						&& NamesNearerTheVerb.between(this.people, this.clauses, subject, t)) {
					// "he recalled how Roe had in 2001 complained about “…”": the one
					// named nearer the verb may be its subject, so neither is sure
					return FoundSpeaker.UNRESOLVED;
				}
				if (!participle && subject != null
						&& SpeechReportedInsideSpeech.unnamedInnerSpeaker(this.doc, this.clauses, subject, t)) {
					return FoundSpeaker.UNRESOLVED; // "Roe said the man claimed he was
													// “…”"
				}
				if (!participle && subject != null && ExamplesOfThingsSaid.example(this.doc, subject, t, open)) {
					// "things that Roe had said, as in “…”": an example, not Roe's words
					return FoundSpeaker.UNRESOLVED;
				}
				LocalPerson group = subject == null || participle ? null
						: GroupSpeakers.qualifiedBy(this.doc, subject, t);
				if (group != null) {
					return FoundSpeaker.of(group); // "Halden officials said"
				}
				if (subject != null && subject.kind == Mention.Kind.NAME && subject.possessive
						&& !ownsADocument(subject)) {
					return FoundSpeaker.UNRESOLVED; // "…, Roe's agent said": not Roe
				}
				if (!participle && subject != null && InfinitivesOfOthers.spokenByAnother(this.people, subject, t)) {
					return FoundSpeaker.UNRESOLVED; // "Roe said Doe had phoned him to
													// say"
				}
				// "Varga and Lindqvist said “…”": the words of both, neither's alone
				return this.joint.joined(subject) ? FoundSpeaker.UNRESOLVED : FoundSpeaker.of(subject);
			}
			if (this.doc.boundaryBefore(t)) {
				return introduced(open, sentence);
			}
		}
		return introduced(open, sentence);
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

	/**
	 * "the store is branded, the music is not": a speech verb's past participle after a
	 * form of "be" and before a comma or a dash tells what was done to something, with no
	 * speaker and no words it hands over.
	 */
	private boolean agentlessPassive(int t) {
		if (t < 1 || t + 1 >= this.doc.size() || !this.doc.get(t).lower().endsWith("ed")
				|| !BE_FORMS.contains(this.doc.get(t - 1).lower())) {
			return false;
		}
		Token next = this.doc.get(t + 1);
		return next.is(",") || HANDING_DASHES.contains(next.text());
	}

	private static final Set<String> BE_FORMS = Set.of("is", "was", "are", "were", "be", "been", "being");

	/**
	 * "Acme cited “…”", "Citing “…”, Acme announced": the quotation right after a form of
	 * "cite" is the reason its subject gave.
	 */
	private boolean citing(int t, int open) {
		return t + 1 == open && SpeechVerbs.citesWhatFollows(this.doc.get(t).lower())
				&& (!this.doc.get(t).capitalized() || this.doc.startsSentence[t]);
	}

	/** Nouns for what someone said, besides the documents that carry it. */
	private static final Set<String> SAID_THINGS = Set.of("remarks", "remark", "comments", "comment", "words", "speech",
			"claim", "claims", "response", "reply", "answer", "warning", "interview", "testimony", "tweet", "blog");

	/**
	 * "Roe's letter said", "Roe's remarks calling it “…”": a text or a saying the name
	 * owns speaks with its owner's words.
	 */
	private boolean ownsADocument(Mention owner) {
		int noun = owner.endToken + 1;
		if (noun >= this.doc.size()) {
			return false;
		}
		String lower = this.doc.get(noun).lower();
		return SourceSpeakers.DOCUMENTS.contains(lower) || SAID_THINGS.contains(lower);
	}

	/**
	 * Whether a name stands as the object of a preposition ("with Roe", "about Acme"),
	 * which is what a clause tells of, not who heads the words after it; "by Roe" names
	 * the doer.
	 */
	private boolean objectOfPreposition(Mention name) {
		int before = name.phraseStartToken - 1;
		if (before < 0 || this.doc.boundaryBefore(name.phraseStartToken)) {
			return false;
		}
		String lower = this.doc.get(before).lower();
		return !lower.equals("by") && NameLexicon.PREPOSITIONS.contains(lower);
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

	/**
	 * The word right before a speech verb, past "also" and the like, or -1; -1 as well
	 * for a passive ("It was reported that …": nobody is said to speak).
	 */
	private int subjectWordBefore(int verb) {
		int t = verb - 1;
		while (t > 0 && this.doc.get(t).word()
				&& AttributionClauses.BETWEEN_SUBJECT_AND_VERB.contains(this.doc.get(t).lower())) {
			if (BE_FORMS.contains(this.doc.get(t).lower())) {
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
		while (AttributionClauses.BETWEEN_SUBJECT_AND_VERB.contains(this.doc.get(end - 1).lower())) {
			end--;
		}
		return SourceSpeakers.speaks(this.doc.get(end - 1).lower())
				? FoundSpeaker.of(SourceSpeakers.described(this.doc.span(subject, end))) : FoundSpeaker.UNRESOLVED;
	}

}
