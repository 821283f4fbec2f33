package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * Finds who said the words in one quoted span, and whether they are a quotation at all.
 * The speaker is the subject of a speech verb next to the quote ("…,” Trump said", "said
 * Shin Beom-chul", "She stated, “…"), of a participle before it ("…, noting, “…" -> the
 * subject of the main clause), of a speech verb earlier in the sentence ("Kim had told …
 * that he wanted to “…”"), or the person after "according to". Short spans with no
 * attribution right beside them, and title-like spans, are phrases, not quotations.
 */
final class QuoteAttributor {

	private static final Set<String> BETWEEN_SUBJECT_AND_VERB = NameLexicon.words("also", "later", "then", "again",
			"once", "further", "had", "has", "have", "did", "does", "was", "would", "will", "could", "once", "simply",
			"then", "earlier", "previously", "recently", "reportedly", "publicly", "explicitly", "repeatedly",
			"meanwhile", "already", "first", "now", "however", "too", "instead");

	private static final Set<String> DETERMINERS = NameLexicon.words("the", "a", "an", "one", "another", "this",
			"that");

	private static final Set<String> DESCRIBING = NameLexicon.words("described", "describes", "describing");

	/**
	 * Words that make the next one a noun: "to the state", "a report", "his post" use a
	 * speech verb's form as a noun, and nobody speaks through it.
	 */
	private static final Set<String> NOUN_MARKERS = NameLexicon.words("the", "a", "an", "this", "these", "those", "his",
			"her", "its", "their", "our", "my", "your", "each", "every", "no", "any", "whose", "of");

	/**
	 * Verbs that give a thing its name: what follows them in quotation marks is a label.
	 */
	private static final Set<String> NAMING = NameLexicon.words("called", "dubbed", "named", "nicknamed", "termed",
			"titled", "entitled", "labelled", "labeled", "branded", "styled", "so-called", "christened", "renamed");

	/**
	 * Participles that take "as" and a name: "known as", "referred to as", "described
	 * as".
	 */
	private static final Set<String> IRREGULAR_PARTICIPLES = NameLexicon.words("known", "seen", "thought", "taken",
			"written", "sold", "shown", "held");

	private static final int MAX_LOOK_BACK = 40;

	private static final int MAX_DESCRIPTION = 12;

	private static final int MAX_ROLE_WORDS = 6;

	private static final int MAX_DESCRIBED_WORDS = 6;

	/** Words from the article to the speech verb that describe a speaker at most. */
	private static final int MAX_DESCRIBING_WORDS = 10;

	/** Words that start a clause of their own inside what looked like a subject. */
	private static final Set<String> CLAUSE_WORDS_IN_SUBJECT = NameLexicon.words("who", "which", "that", "is", "are",
			"was", "were", "when", "while", "if", "because", "but");

	private static final int SHORT_PHRASE_WORDS = 2;

	private static final int SHORT_QUOTE_WORDS = 4;

	private static final int CLAUSE_WORDS = 6;

	private final DocumentPeople people;

	private final DocumentTokens doc;

	private final SourceSpeakers sources;

	QuoteAttributor(DocumentPeople people) {
		this.people = people;
		this.doc = people.doc;
		this.sources = new SourceSpeakers(people);
	}

	Attribution attribute(QuotedSpan span) {
		int open = this.doc.tokenAt(span.start());
		int afterClose = this.doc.tokenAt(span.end());
		int words = wordsBetween(this.doc.tokenAt(span.innerStart()), this.doc.tokenAt(span.innerEnd()));
		if (span.closed() && namesALabel(open)) {
			// "a theory also known as “…”", "what he called a “…”": a name given to
			// something, unless a passive names who gave it ("was dubbed “…” by Roe")
			Mention agent = afterClose + 1 < this.doc.size() && this.doc.get(afterClose).lower().equals("by")
					? this.people.index.mentionStartingAt(afterClose + 1) : null;
			return agent == null ? Attribution.PHRASE : new Attribution(true, agent.person);
		}
		Found after = span.closed() ? afterQuote(afterClose, handsOver(span)) : null;
		if (after != null && after.person() != null) {
			return new Attribution(true, after.person());
		}
		if (words <= SHORT_PHRASE_WORDS) {
			Found reporter = words == SHORT_PHRASE_WORDS && !titleLike(span) && reported(open) ? beforeQuote(open)
					: null;
			// two words of a body or a description are too little to tell whose they are
			return reporter != null && reporter.person() != null && !reporter.person().described
					? new Attribution(true, reporter.person()) : Attribution.PHRASE;
		}
		Found before = beforeQuote(open);
		if (before != null && before.person() != null || after == null && before != null) {
			return new Attribution(true, before.person());
		}
		if (after != null) {
			return new Attribution(true, null);
		}
		boolean clause = words >= CLAUSE_WORDS && !titleLike(span);
		return !span.closed() || clause ? new Attribution(true, null) : Attribution.PHRASE;
	}

	/** An attribution: a speech verb beside the quote, and its subject when resolved. */
	private record Found(LocalPerson person) {
	}

	private static final Found UNRESOLVED = new Found(null);

	private static Found found(Mention mention) {
		return mention == null || mention.person == null ? UNRESOLVED : new Found(mention.person);
	}

	private static Found found(LocalPerson person) {
		return person == null ? UNRESOLVED : new Found(person);
	}

	/**
	 * The quote is the name a naming verb gives, with nothing between them but an
	 * article: "dubbed “…”", "called the “…”", "also known as a “…”", "referred to as the
	 * “…”", "what could be described as “…”". An object between the verb and the quote
	 * ("called him “…”", "described the plan as “…”") makes the words the subject's own.
	 */
	private boolean namesALabel(int open) {
		if (this.doc.boundaryBefore(open)) {
			return false;
		}
		int t = open - 1;
		if (this.doc.get(t).word() && DETERMINERS.contains(this.doc.get(t).lower())
				&& !this.doc.get(t).lower().equals("that")) {
			t--;
		}
		if (t < 0 || !this.doc.get(t).word() || this.doc.boundaryBefore(t + 1)) {
			return false;
		}
		String lower = this.doc.get(t).lower();
		if (NAMING.contains(lower)) {
			return true;
		}
		if ((lower.equals("and") || lower.equals("or")) && t >= 1) {
			// "known as a “…” or “…”": the second name is given by the same verb
			int close = this.doc.get(t - 1).is(",") ? t - 2 : t - 1;
			QuotedSpan previous = close >= 0 ? this.people.quoteClosingAt(close) : null;
			return previous != null && namesALabel(this.doc.tokenAt(previous.start()));
		}
		if (!lower.equals("as") || t < 1 || !this.doc.get(t - 1).word()) {
			return false;
		}
		String before = this.doc.get(t - 1).lower();
		if (before.equals("to") && t >= 2) {
			before = this.doc.get(t - 2).lower(); // "referred to as"
		}
		return before.endsWith("ed") || IRREGULAR_PARTICIPLES.contains(before);
	}

	/** A speech verb's form used as one: not a noun after an article ("to the state"). */
	private boolean speechVerbAt(int t) {
		// "the United States might": a capital inside a sentence makes it a name
		return SpeechVerbs.isSpeechVerb(this.doc.get(t).lower())
				&& (!this.doc.get(t).capitalized() || this.doc.startsSentence[t])
				&& !(t > 0 && NOUN_MARKERS.contains(this.doc.get(t - 1).lower()));
	}

	/** "said", "states", "announced": a speech verb with a subject of its own. */
	private boolean finiteSpeechVerbAt(int t) {
		String lower = this.doc.get(t).lower();
		return speechVerbAt(t) && !this.doc.get(t).capitalized() && (lower.endsWith("ed") || lower.endsWith("s")
				|| lower.equals("said") || lower.equals("told") || lower.equals("wrote") || lower.equals("spoke"));
	}

	/** "…,” enthused Tom": words ending in a comma hand over to what follows. */
	private boolean handsOver(QuotedSpan span) {
		String text = this.doc.text;
		int end = span.innerEnd();
		return end > span.innerStart() && ",?!".indexOf(text.charAt(end - 1)) >= 0;
	}

	private Found afterQuote(int t, boolean handsOver) {
		int n = this.doc.size();
		int close = t - 1;
		while (t < n && (this.doc.get(t).is(",") || this.doc.get(t).is("—")) && !this.doc.boundaryBefore(t)) {
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
			Mention speaker = nameAfterRole(t + 1);
			return found(speaker != null ? speaker : namedInApposition(t + 1));
		}
		if (handsOver && !this.doc.get(t).capitalized() && lower.endsWith("ed")
				&& this.people.index.mentionStartingAt(t + 1) != null) {
			return found(this.people.index.mentionStartingAt(t + 1));
		}
		if (lower.equals("according") && t + 1 < n && this.doc.get(t + 1).lower().equals("to")) {
			// a name in the next sentence is not resolved yet: only a person found so far
			if (t + 2 < n && this.doc.sentence[t + 2] == this.doc.sentence[close]) {
				return found(this.sources.namedAt(t + 2));
			}
			return found(t + 2 < n ? this.people.index.mentionStartingAt(t + 2) : null);
		}
		Mention subject = this.people.index.mentionStartingAt(t);
		if (subject == null) {
			return unnamedSpeaker(t);
		}
		int v = verbAfter(subject.appositionEndToken, n);
		if (v < n && SpeechVerbs.isSpeechVerb(this.doc.get(v).lower())) {
			return found(subject);
		}
		// "…,” Tom enthused.
		boolean lastWord = v + 1 >= n || this.doc.boundaryBefore(v + 1) || this.doc.get(v + 1).is(",");
		return handsOver && v < n && lastWord && !this.doc.get(v).capitalized()
				&& this.doc.get(v).lower().endsWith("ed") ? found(subject) : null;
	}

	/**
	 * "said Tom Smith", "said German economy minister Tom Smith": the name after the
	 * words of a role, before any punctuation.
	 */
	private Mention nameAfterRole(int t) {
		int n = this.doc.size();
		for (int u = t; u < Math.min(n, t + MAX_ROLE_WORDS); u++) {
			Mention mention = this.people.index.mentionStartingAt(u);
			if (mention != null) {
				return mention;
			}
			boolean abbreviation = this.doc.get(u).is(".") && u > t && this.doc.get(u - 1).capitalized()
					&& this.doc.get(u - 1).text().length() <= 4;
			if (!this.doc.get(u).word() && !abbreviation || this.doc.boundaryBefore(u) && u > t) {
				return null; // "said Acme Inc. CEO Jane Roe" goes on past the
								// abbreviation
			}
		}
		return null;
	}

	/**
	 * "said the general secretary of the union, Tom Smith": the name after a comma that
	 * closes the describing phrase, in the same sentence.
	 */
	private Mention namedInApposition(int t) {
		int n = this.doc.size();
		for (int u = t; u < Math.min(n, t + MAX_DESCRIPTION); u++) {
			Token token = this.doc.get(u);
			if (this.doc.boundaryBefore(u) && u > t || token.is("\"") || token.is("“") || token.is(";")) {
				return null;
			}
			if (token.is(",")) {
				return this.people.index.mentionStartingAt(u + 1);
			}
		}
		return null;
	}

	/** "…,” the spokesman said": attributed, to no one the document names. */
	private Found unnamedSpeaker(int t) {
		int n = this.doc.size();
		if (!DETERMINERS.contains(this.doc.get(t).lower())) {
			return null;
		}
		for (int v = t + 1; v < Math.min(n, t + 5) && !this.doc.boundaryBefore(v) && this.doc.get(v).word(); v++) {
			if (SpeechVerbs.isSpeechVerb(this.doc.get(v).lower())
					&& !SpeechVerbs.isParticiple(this.doc.get(v).lower())) {
				return described(t, v);
			}
		}
		return null;
	}

	/**
	 * "a senior official said": a speaker the document describes but does not name, kept
	 * as described when the words end in a role.
	 */
	private Found described(int from, int to) {
		if (!NameLexicon.isRoleNoun(this.doc.get(to - 1).lower())) {
			return UNRESOLVED;
		}
		String description = this.doc.span(from, to);
		LocalPerson someone = new LocalPerson(NameKey.of(description), description);
		someone.addSpelling(description);
		someone.described = true;
		return new Found(someone);
	}

	private Found beforeQuote(int open) {
		if (this.doc.boundaryBefore(open)) {
			return null;
		}
		if (open >= 2 && this.doc.get(open - 1).is(":")) {
			// "Secretary of the Air Force Jane Roe: “…”": a name heading its words
			Mention heading = this.people.index.mentionEndingAt(open - 2);
			if (heading != null) {
				return found(heading);
			}
		}
		int sentence = this.doc.sentence[open];
		int limit = Math.max(0, open - MAX_LOOK_BACK);
		for (int t = open - 1; t >= limit && this.doc.sentence[t] == sentence; t--) {
			Token token = this.doc.get(t);
			if (token.is("”") || token.is("\"")) {
				int opening = shortQuoteOpening(t);
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
				LocalPerson speaker = this.sources.namedAt(t + 2);
				if (speaker != null) {
					return found(speaker);
				}
			}
			if (speechVerbAt(t)) {
				if (t + 2 < open && this.doc.get(t + 1).lower().equals("by")) {
					// "was praised by Jane Roe as “…”"
					Mention doer = this.people.index.mentionStartingAt(t + 2);
					if (doer != null) {
						return found(doer);
					}
				}
				boolean participle = SpeechVerbs.isParticiple(lower);
				Found describedSubject = participle ? null : describedSubject(t, open);
				if (describedSubject != null) {
					return describedSubject;
				}
				Mention subject = participle ? this.people.index.mainSubject(sentence, t)
						: this.people.index.subjectBefore(t);
				if (!participle && (subject == null || !rightBefore(subject, t))) {
					Found unnamed = unnamedSubject(t, open, sentence);
					if (unnamed != null) {
						return unnamed;
					}
				}
				if (participle && subject == null) {
					// "A group of lawmakers released a statement saying “…”"
					Found body = describedSubject(-1, open);
					return body != null ? body : found(this.sources.documentSource(sentence, open));
				}
				if (subject != null && !subject.subject && !participle && !rightBefore(subject, t)) {
					// "someone close to Roe said …": a name elsewhere in the clause did
					// not
					// say it
					return UNRESOLVED;
				}
				return found(subject);
			}
			if (this.doc.boundaryBefore(t)) {
				return introduced(open, sentence);
			}
		}
		return introduced(open, sentence);
	}

	/**
	 * "In his last letter, Roe left this farewell: “…”": words a comma or a colon hands
	 * to, with no speech verb, are those of the person the sentence is about.
	 */
	private Found introduced(int open, int sentence) {
		if (!this.doc.get(open - 1).is(",") && !this.doc.get(open - 1).is(":")) {
			return null;
		}
		LocalPerson source = this.sources.documentSource(sentence, open);
		if (source != null) {
			return found(source);
		}
		Mention subject = this.people.index.firstSubject(sentence, open);
		return subject == null ? describedSubject(-1, open) : found(subject);
	}

	/**
	 * "The police called …", "The mayor of Cleveland released a statement: “…”": a
	 * sentence that opens with an article and a role or a body that speaks, up to its
	 * verb, is about a speaker the document describes without naming. With
	 * {@code speechVerb} at or above zero the description must end right before that
	 * verb; else before any past-tense verb ahead of the quote at {@code open}.
	 */
	private Found describedSubject(int speechVerb, int open) {
		int sentence = this.doc.sentence[open];
		int start = open;
		while (start > 0 && this.doc.sentence[start - 1] == sentence) {
			start--;
		}
		if (!this.doc.get(start).is("The") && !this.doc.get(start).is("A") && !this.doc.get(start).is("An")) {
			return null;
		}
		if (speechVerb >= 0) {
			return describedBefore(start, speechVerb);
		}
		// "The mayor of Leeds released", "A group of coastal mayors issued": up to the
		// first verb in the past tense
		boolean role = false;
		int t = start + 1;
		for (; t < open && t <= start + MAX_DESCRIBED_WORDS + 1; t++) {
			Token token = this.doc.get(t);
			String lower = token.lower();
			if (!token.word()) {
				return null;
			}
			if (SourceSpeakers.speaks(lower)) {
				role = true;
			}
			else if (!token.capitalized() && (lower.endsWith("ed") || BETWEEN_SUBJECT_AND_VERB.contains(lower))) {
				break;
			}
		}
		String last = this.doc.get(t - 1).lower();
		if (!role || t >= open || last.equals("of") || last.equals("the")) {
			return null;
		}
		int verb = t;
		while (verb < open && BETWEEN_SUBJECT_AND_VERB.contains(this.doc.get(verb).lower())) {
			verb++;
		}
		if (verb >= open || !this.doc.get(verb).lower().endsWith("ed")) {
			return null;
		}
		return found(SourceSpeakers.described(this.doc.span(start, t)));
	}

	/**
	 * "The premier of the German state of Saxony remarked", "The activist organization
	 * the Open Records Project has called": everything from the article to the speech
	 * verb is its subject when it holds a role or a body and no clause of its own.
	 */
	private Found describedBefore(int start, int speechVerb) {
		int end = speechVerb;
		while (end > start + 1 && BETWEEN_SUBJECT_AND_VERB.contains(this.doc.get(end - 1).lower())) {
			end--;
		}
		if (end - start > MAX_DESCRIBING_WORDS) {
			return null;
		}
		boolean role = false;
		for (int t = start + 1; t < end; t++) {
			Token token = this.doc.get(t);
			if (!token.word() || CLAUSE_WORDS_IN_SUBJECT.contains(token.lower()) || finiteSpeechVerbAt(t)) {
				return null;
			}
			role |= SourceSpeakers.speaks(token.lower());
		}
		String last = this.doc.get(end - 1).lower();
		return role && !last.equals("of") && !last.equals("the")
				? found(SourceSpeakers.described(this.doc.span(start, end))) : null;
	}

	/**
	 * "Roe, the director, also said", "Roe, a professor, who stated": the mention ends
	 * where its verb begins.
	 */
	private boolean rightBefore(Mention mention, int verb) {
		int v = verbAfter(mention.appositionEndToken, verb);
		// "…, a professor at Yale, who stated": the relative pronoun stands for the name
		boolean relative = this.doc.get(verb - 1).lower().equals("who") && v + 2 >= verb;
		int before = mention.phraseStartToken - 1;
		// "close to Roe said" is not Roe's; "a statement by Roe said" is
		boolean object = before >= 0 && NameLexicon.PREPOSITIONS.contains(this.doc.get(before).lower())
				&& !this.doc.get(before).lower().equals("by");
		return (v == verb || mention.endToken == verb) && !object || relative;
	}

	/**
	 * Where the verb after a subject may be: past the words that can stand between them,
	 * set off by commas or not ("Roe, meanwhile, said", "Roe had already said").
	 */
	private int verbAfter(int from, int limit) {
		int v = from;
		if (v < limit && this.doc.get(v).is(",")) {
			v++;
		}
		while (v < limit && (this.doc.get(v).word() && BETWEEN_SUBJECT_AND_VERB.contains(this.doc.get(v).lower())
				|| this.doc.get(v).is(",") && v > from && this.doc.get(v - 1).word()
						&& BETWEEN_SUBJECT_AND_VERB.contains(this.doc.get(v - 1).lower()))) {
			v++;
		}
		return v;
	}

	/**
	 * The subject of a speech verb that is no named person: a document opening the
	 * sentence ("A statement from Acme stated"), "It" for the organisation of the
	 * sentence before, or words relayed from someone else ("Roe said the government had
	 * told him that it had “…”"), attributed to a body or left unknown.
	 */
	private Found unnamedSubject(int verb, int open, int sentence) {
		LocalPerson source = this.sources.documentSource(sentence, open);
		if (source == null) {
			source = this.sources.itBefore(verb);
		}
		if (source == null) {
			source = this.sources.nameBefore(verb, BETWEEN_SUBJECT_AND_VERB);
		}
		if (source != null) {
			return found(source);
		}
		int subject = this.sources.nounSubjectBefore(verb, BETWEEN_SUBJECT_AND_VERB);
		if (subject < 0) {
			return null;
		}
		int end = verb;
		while (BETWEEN_SUBJECT_AND_VERB.contains(this.doc.get(end - 1).lower())) {
			end--;
		}
		return SourceSpeakers.speaks(this.doc.get(end - 1).lower())
				? found(SourceSpeakers.described(this.doc.span(subject, end))) : UNRESOLVED;
	}

	/**
	 * The opening mark of a quotation of a few words that closes at the token, or -1:
	 * such a quote sits inside the clause that introduces the next one.
	 */
	private int shortQuoteOpening(int close) {
		QuotedSpan other = this.people.quoteClosingAt(close);
		if (other == null) {
			return -1;
		}
		int from = this.doc.tokenAt(other.innerStart());
		int to = this.doc.tokenAt(other.innerEnd());
		return wordsBetween(from, to) <= SHORT_QUOTE_WORDS ? this.doc.tokenAt(other.start()) : -1;
	}

	/**
	 * "said that he was “deeply hurt”", "described the day as a “turning point”": two
	 * words inside reported speech are the speaker's, not a label.
	 */
	private boolean reported(int open) {
		int sentence = this.doc.sentence[open];
		for (int t = open - 1; t > 0 && t >= open - MAX_LOOK_BACK && this.doc.sentence[t] == sentence; t--) {
			Token token = this.doc.get(t);
			if (token.is("”") || token.is("\"")) {
				return false;
			}
			String lower = token.lower();
			if (lower.equals("that") && speechVerbAt(t - 1) || lower.equals("as") && describedBefore(t)) {
				return true;
			}
		}
		return false;
	}

	/** "described the events of the day as": a describing verb earlier in the clause. */
	private boolean describedBefore(int as) {
		for (int t = as - 1; t >= 0 && t >= as - CLAUSE_WORDS - 2 && this.doc.get(t).word(); t--) {
			if (DESCRIBING.contains(this.doc.get(t).lower())) {
				return true;
			}
		}
		return false;
	}

	private int wordsBetween(int from, int to) {
		int words = 0;
		for (int t = from; t < to; t++) {
			if (this.doc.get(t).word()) {
				words++;
			}
		}
		return words;
	}

	/** "The Art of the Deal": every word capitalized except short function words. */
	private boolean titleLike(QuotedSpan span) {
		int from = this.doc.tokenAt(span.innerStart());
		int to = this.doc.tokenAt(span.innerEnd());
		for (int t = from; t < to; t++) {
			Token token = this.doc.get(t);
			if (token.word() && !token.capitalized() && !NameLexicon.FUNCTION_WORDS.contains(token.lower())) {
				return false;
			}
		}
		return true;
	}

}
