package app.quarry.generation.extract.people;

import java.util.function.Predicate;

/**
 * "Roe said the talks had failed." then a paragraph of nothing but "“We are very
 * disappointed.”": a quotation standing alone right after a paragraph that ends by
 * reporting what one named person said goes on with that person's words, also when an
 * adverbial opens the reporting sentence ("After the vote, Roe said …"). A reporting
 * sentence that names anyone else, or holds quoted words of its own, lends no speaker.
 */
final class ReportedSpeakers {

	private final DocumentPeople people;

	private final DocumentTokens doc;

	private final AttributionClauses clauses;

	private final FrontedSubjects fronted;

	ReportedSpeakers(DocumentPeople people, AttributionClauses clauses) {
		this.people = people;
		this.doc = people.doc;
		this.clauses = clauses;
		this.fronted = new FrontedSubjects(people, clauses);
	}

	/** The one named person whose speech the paragraph before the quotation reports. */
	LocalPerson ofParagraphBefore(QuotedSpan span) {
		int open = this.doc.tokenAt(span.start());
		int first = this.doc.tokenAt(span.innerStart());
		if (open <= 0 || !this.doc.afterLineBreak[open] || first >= this.doc.size()
				|| !this.doc.get(first).capitalized()) {
			return null;
		}
		int end = open;
		int start = end - 1;
		while (start > 0 && !this.doc.afterLineBreak[start]) {
			start--;
		}
		int lastSentence = this.doc.sentence[end - 1];
		int sentenceStart = end - 1;
		while (sentenceStart > start && this.doc.sentence[sentenceStart - 1] == lastSentence) {
			sentenceStart--;
		}
		Mention subject = this.fronted.mainClauseSubject(sentenceStart, end);
		if (subject == null) {
			subject = DescribedSubjects.headedByDescription(this.people, sentenceStart, end);
		}
		if (subject == null || !reportsSpeech(subject, end)) {
			// "The delays were hurting trade, Mr Roe said.": the speaker set off after
			// what he said
			subject = setOffSubject(sentenceStart, end);
		}
		if (subject == null || subject.person == null || subject.person.described || subject.possessive
				|| subject.unclearSurname) {
			return null;
		}
		int verb = this.clauses.verbAfter(subject.appositionEndToken, end);
		if (verb >= end || !SpeechVerbs.reportsWhatWasSaid(this.doc.get(verb).lower())) {
			return null;
		}
		// names inside an adverbial opening the sentence are what it tells of ("Following
		// talk that Acme would split, Roe denied it"): only one who speaks there rivals.
		// Only the last sentence counts, as inside one paragraph: copy that runs
		// paragraphs together on one line leaves others' words before it
		int mainClause = subject.phraseStartToken;
		boolean alone = onlyPersonSpeaking(subject.person, sentenceStart, mainClause)
				&& onlyPersonNamed(subject.person, mainClause, end);
		return alone ? subject.person : null;
	}

	private boolean reportsSpeech(Mention subject, int end) {
		int verb = this.clauses.verbAfter(subject.appositionEndToken, end);
		return verb < end && SpeechVerbs.reportsWhatWasSaid(this.doc.get(verb).lower());
	}

	/**
	 * 'Roe said the talks had failed. “We are very disappointed.”' inside one paragraph:
	 * a quotation that opens its sentence right after a sentence that reports one named
	 * person's speech, with no quotation of its own and no one else speaking in it.
	 */
	LocalPerson ofSentenceBefore(QuotedSpan span) {
		int open = this.doc.tokenAt(span.start());
		int first = this.doc.tokenAt(span.innerStart());
		if (open <= 0 || open >= this.doc.size() || this.doc.afterLineBreak[open] || !this.doc.startsSentence[open]
				|| first >= this.doc.size() || !this.doc.get(first).capitalized()) {
			return null;
		}
		int sentenceStart = open - 1;
		while (sentenceStart > 0 && !this.doc.boundaryBefore(sentenceStart)) {
			sentenceStart--;
		}
		// "But Roe said …", "And he said …": a conjunction may open the reporting
		// sentence
		int clauseStart = sentenceStart + leadingConjunctions(sentenceStart, open);
		Mention subject = this.fronted.mainClauseSubject(clauseStart, open);
		if (subject == null) {
			subject = DescribedSubjects.headedByDescription(this.people, clauseStart, open);
		}
		if (subject == null) {
			subject = setOffSubject(sentenceStart, open);
		}
		// "But he said the deal could be hard. “…”": a pronoun does as well as the name,
		// when it clearly stands for the one person last named
		boolean clearPronoun = subject != null && subject.kind == Mention.Kind.PRONOUN && !subject.unclearReferent
				&& subject.firstToken == clauseStart && subject.person != null
				&& namedAloneInSentenceBefore(subject.person, sentenceStart, open);
		// "The world champion says he is fit. “…”": a title won that stood for the person
		// in focus does as well as the name
		boolean titleHolder = subject != null && subject.kind == Mention.Kind.DESCRIPTION && subject.person != null
				&& subject.firstToken == clauseStart && TitleHoldersInFocus.titleWon(subject.surface);
		if (subject == null || subject.person == null || subject.person.described || subject.possessive
				|| subject.unclearSurname || subject.kind != Mention.Kind.NAME && !clearPronoun && !titleHolder) {
			return null;
		}
		int verb = this.clauses.verbAfter(subject.appositionEndToken, open);
		int described = verb < open && !reporting(verb)
				? SetOffDescriptions.after(this.people, subject.appositionEndToken, open) : -1;
		verb = described > 0 ? described : verb;
		if (verb >= open || !reporting(verb)) {
			return null;
		}
		if (quotedBetween(verb, open)) {
			// 'Roe said the wait was “shameful”. “…”': words quoted inside what she said
			// are hers too, when no one else is named from her verb to the quotation
			return !quotedBetween(sentenceStart, verb) && onlyPersonSpeaking(subject.person, sentenceStart, verb)
					&& noOtherMention(subject.person, verb, open, (mention) -> true) ? subject.person : null;
		}
		return onlyPersonSpeaking(subject.person, sentenceStart, open) ? subject.person : null;
	}

	/** "said", "told", or "issued a statement": a verb that reports words. */
	private boolean reporting(int verb) {
		return SpeechVerbs.reportsWhatWasSaid(this.doc.get(verb).lower()) || StatementsIssued.issuedAt(this.doc, verb);
	}

	/**
	 * 'Roe said the mayor was keen. But he said …': the person the pronoun stands for is
	 * named in the sentence before, or a little earlier in the same paragraph with only
	 * pronouns for anyone between ('Roe quit in May. However, he stays on. He said …'),
	 * and no one else is named by name from there to the quotation, so the pronoun cannot
	 * mean another.
	 */
	private boolean namedAloneInSentenceBefore(LocalPerson person, int sentenceStart, int to) {
		int previousStart = sentenceStart;
		for (int back = 0; back < SENTENCES_BACK_TO_THE_NAME && previousStart > 0
				&& (back == 0 || !this.doc.afterLineBreak[previousStart]); back++) {
			previousStart--;
			while (previousStart > 0 && !this.doc.boundaryBefore(previousStart)) {
				previousStart--;
			}
			Boolean named = namedAlone(person, previousStart, sentenceStart, to);
			if (named != null) {
				return named;
			}
		}
		return false;
	}

	/** How many sentences back the name a pronoun stands for may be. */
	private static final int SENTENCES_BACK_TO_THE_NAME = 3;

	/**
	 * Whether the person is named from the start on, before the sentence of the
	 * quotation, with no one else named up to the quotation; null when no one is named at
	 * all before that sentence.
	 */
	private Boolean namedAlone(LocalPerson person, int from, int sentenceStart, int to) {
		boolean named = false;
		for (Mention mention : this.people.mentions) {
			if (mention.firstToken < from || mention.firstToken >= to || mention.kind != Mention.Kind.NAME) {
				continue;
			}
			if (mention.person != person) {
				return false;
			}
			named |= mention.firstToken < sentenceStart;
		}
		return named ? Boolean.TRUE : null;
	}

	/** How many "But", "And" or "Yet" open the sentence before its subject. */
	private int leadingConjunctions(int from, int to) {
		int t = from;
		while (t < to && (this.doc.get(t).lower().equals("but") || this.doc.get(t).lower().equals("and")
				|| this.doc.get(t).lower().equals("yet"))) {
			t++;
		}
		return t - from;
	}

	/**
	 * "While some rooms are still for rent, Roe said the plan …", "But this caution, Roe
	 * says, is hurting …": the name after a comma or a dash that reports the sentence's
	 * speech with the verb right after it, when it does not open the sentence.
	 */
	private Mention setOffSubject(int from, int to) {
		for (Mention mention : this.people.mentions) {
			int before = mention.phraseStartToken - 1;
			if (mention.kind != Mention.Kind.NAME || mention.firstToken < from || mention.firstToken >= to
					|| before < from) {
				continue;
			}
			Token mark = this.doc.get(before);
			if (!mark.is(",") && (mark.word() || !mark.text().matches("[-—–]+"))) {
				continue;
			}
			int verb = this.clauses.verbAfter(mention.appositionEndToken, to);
			if (verb < to && SpeechVerbs.reportsWhatWasSaid(this.doc.get(verb).lower())) {
				return mention;
			}
		}
		return null;
	}

	/**
	 * 'Roe said Queen Ann is keen. “She is, I assure you.”': others the reporting
	 * sentence names are what it tells of; only one who speaks in it ("Roe said Lee told
	 * him") could be the quotation's speaker instead.
	 */
	private boolean onlyPersonSpeaking(LocalPerson person, int from, int to) {
		return !quotedBetween(from, to) && noOtherMention(person, from, to, (mention) -> {
			int verb = this.clauses.verbAfter(mention.appositionEndToken, to);
			return verb < to && SpeechVerbs.isSpeechVerb(this.doc.get(verb).lower());
		});
	}

	private boolean onlyPersonNamed(LocalPerson person, int from, int to) {
		return !quotedBetween(from, to) && noOtherMention(person, from, to, (mention) -> true);
	}

	/** Whether a quotation opens between the two tokens. */
	private boolean quotedBetween(int from, int to) {
		int fromOffset = this.doc.get(from).start();
		int toOffset = this.doc.get(to).start();
		for (QuotedSpan quoted : this.people.quoted) {
			if (quoted.start() >= fromOffset && quoted.start() < toOffset) {
				return true;
			}
		}
		return false;
	}

	/** Whether no one but the person is named between the two tokens in the way given. */
	private boolean noOtherMention(LocalPerson person, int from, int to, Predicate<Mention> rivals) {
		for (Mention mention : this.people.mentions) {
			if (mention.firstToken >= from && mention.firstToken < to && mention.kind != Mention.Kind.PRONOUN
					&& mention.person != person && rivals.test(mention)) {
				return false;
			}
		}
		return true;
	}

}
