package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * Where the parts of an attribution stand around a quote: whether a word is a speech verb
 * used as one, where the verb after a subject is, whether a mention is the subject right
 * before its verb, and the name after "said" and a role or a describing phrase.
 */
final class AttributionClauses {

	static final Set<String> BETWEEN_SUBJECT_AND_VERB = NameLexicon.words("also", "later", "then", "again", "once",
			"further", "had", "has", "have", "did", "does", "was", "would", "will", "could", "once", "simply", "then",
			"earlier", "previously", "recently", "reportedly", "publicly", "explicitly", "repeatedly", "meanwhile",
			"already", "first", "now", "however", "too", "instead");

	static final Set<String> DETERMINERS = NameLexicon.words("the", "a", "an", "one", "another", "this", "that");

	/**
	 * Words that make the next one a noun: "to the state", "a report", "his post" use a
	 * speech verb's form as a noun, and nobody speaks through it.
	 */
	private static final Set<String> NOUN_MARKERS = NameLexicon.words("the", "a", "an", "this", "these", "those", "his",
			"her", "its", "their", "our", "my", "your", "each", "every", "no", "any", "whose", "of");

	/** Participles that do not end in -ed: "a firm run by Roe". */
	private static final Set<String> PARTICIPLES = NameLexicon.words("run", "held", "led", "built", "bought", "taken",
			"made", "given", "written", "sent", "hit", "struck", "won", "beaten");

	/** Words that tell when something was said: "on Monday night", "late yesterday". */
	private static final Set<String> TIMES_OF_SAYING = NameLexicon.words("on", "today", "yesterday", "tonight", "night",
			"morning", "afternoon", "evening", "late", "early", "earlier", "later", "last", "this", "week");

	private static final Set<String> WEEKDAYS = NameLexicon.words("monday", "tuesday", "wednesday", "thursday",
			"friday", "saturday", "sunday");

	static final int MAX_LOOK_BACK = 40;

	private static final int MAX_DESCRIPTION = 12;

	private static final int MAX_ROLE_WORDS = 6;

	private final DocumentPeople people;

	private final DocumentTokens doc;

	AttributionClauses(DocumentPeople people) {
		this.people = people;
		this.doc = people.doc;
	}

	/** A speech verb's form used as one: not a noun after an article ("to the state"). */
	boolean speechVerbAt(int t) {
		// "the United States might": a capital inside a sentence makes it a name
		boolean feeling = t + 1 < this.doc.size()
				&& SpeechVerbs.expressesFeeling(this.doc.get(t).lower(), this.doc.get(t + 1).lower());
		return (SpeechVerbs.isSpeechVerb(this.doc.get(t).lower()) || feeling)
				&& (!this.doc.get(t).capitalized() || this.doc.startsSentence[t])
				&& !(t > 0 && NOUN_MARKERS.contains(this.doc.get(t - 1).lower()));
	}

	/** "said", "states", "announced": a speech verb with a subject of its own. */
	boolean finiteSpeechVerbAt(int t) {
		String lower = this.doc.get(t).lower();
		return speechVerbAt(t) && !this.doc.get(t).capitalized() && (lower.endsWith("ed") || lower.endsWith("s")
				|| lower.equals("said") || lower.equals("told") || lower.equals("wrote") || lower.equals("spoke"));
	}

	/**
	 * "Roe, the director, also said", "Roe, a professor, who stated": the mention ends
	 * where its verb begins.
	 */
	boolean rightBefore(Mention mention, int verb) {
		int v = verbAfter(mention.appositionEndToken, verb);
		// "…, a professor at Yale, who stated": the relative pronoun stands for the name
		boolean relative = this.doc.get(verb - 1).lower().equals("who") && v + 2 >= verb;
		int before = mention.phraseStartToken - 1;
		// "close to Roe said" is not Roe's; "a statement by Roe said" is, "a firm owned
		// by Roe said" is not
		boolean object = before >= 0 && NameLexicon.PREPOSITIONS.contains(this.doc.get(before).lower())
				&& (!this.doc.get(before).lower().equals("by") || passiveBefore(before));
		return (v == verb || mention.endToken == verb) && !object || relative;
	}

	/**
	 * "owned by", "led by", "run by": the agent of a participle, not a speaker, unless
	 * the participle tells of a document ("a statement issued by Roe said", "a statement
	 * by Acme given by Roe said").
	 */
	private boolean passiveBefore(int by) {
		if (by < 2 || !this.doc.get(by - 1).word()) {
			return false;
		}
		String verb = this.doc.get(by - 1).lower();
		if (!verb.endsWith("ed") && !PARTICIPLES.contains(verb)) {
			return false;
		}
		for (int t = by - 2; t >= 0 && t >= by - 2 - MAX_ROLE_WORDS && !this.doc.boundaryBefore(t + 1); t--) {
			if (SourceSpeakers.DOCUMENTS.contains(this.doc.get(t).lower())) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Where the verb after a subject may be: past the words that can stand between them,
	 * set off by commas or not ("Roe, meanwhile, said", "Roe had already said").
	 */
	int verbAfter(int from, int limit) {
		int v = from;
		if (v + 3 < limit && this.doc.get(v).is(",") && isAge(this.doc.get(v + 1).text())
				&& this.doc.get(v + 2).is(",")) {
			v += 2; // "Roe, 54, said": an age set off by commas
		}
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

	private static boolean isAge(String word) {
		return word.length() <= 3 && word.chars().allMatch(Character::isDigit);
	}

	/**
	 * "said Tom Smith", "said German economy minister Tom Smith": the name after the
	 * words of a role, before any punctuation.
	 */
	Mention nameAfterRole(int t) {
		int n = this.doc.size();
		for (int u = t; u < Math.min(n, t + MAX_ROLE_WORDS); u++) {
			Mention mention = this.people.index.mentionStartingAt(u);
			if (mention != null) {
				Mention named = nameAfterEmployer(mention);
				return named != null ? named : mention;
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
	 * "says Acme Lynch food analyst Jane Roe": a name followed by the lower-case words of
	 * a role and another name is the employer in the title of the person who speaks.
	 */
	private Mention nameAfterEmployer(Mention employer) {
		int n = this.doc.size();
		// "says Harbor Lines' spokesman Jane Roe": a plural's possessive mark
		int first = employer.endToken < n
				&& (this.doc.get(employer.endToken).is("'") || this.doc.get(employer.endToken).is("’"))
						? employer.endToken + 1 : employer.endToken;
		int u = first;
		while (u < n && u < first + MAX_ROLE_WORDS && this.doc.get(u).word() && !this.doc.get(u).capitalized()
				&& !this.doc.boundaryBefore(u)) {
			u++;
		}
		if (u == first || u >= n || this.doc.boundaryBefore(u)
				|| !NameLexicon.isRoleNoun(this.doc.get(u - 1).lower())) {
			return null;
		}
		// the title is part of the name's phrase, which starts where the employer's does
		for (Mention named : this.people.mentions) {
			if (named.firstToken == u && named.kind == Mention.Kind.NAME && !named.inQuote && named.person != null) {
				return named;
			}
		}
		return null;
	}

	/**
	 * "said the general secretary of the union, Tom Smith": the name after a comma that
	 * closes the describing phrase, in the same sentence.
	 */
	Mention namedInApposition(int t) {
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

	/**
	 * '“…” to make the trip, Castro said.', '“…” the boy was sent home, said Wayne Roe, a
	 * former adviser.': the speaker of an attribution that closes the sentence after a
	 * comma, with no other quotation between it and {@code from}.
	 */
	Mention speakerClosingSentence(int from) {
		int n = this.doc.size();
		int sentence = from < n ? this.doc.sentence[from] : -1;
		int comma = -1;
		int saidName = -1;
		int t = from;
		for (; t < n && this.doc.sentence[t] == sentence && !(t > from && this.doc.boundaryBefore(t)); t++) {
			Token token = this.doc.get(t);
			if (token.is("\"") || token.is("“") || token.is("”")) {
				return null;
			}
			if (token.is(",")) {
				comma = t;
				if (saidName < 0 && t + 2 < n && finiteSpeechVerbAt(t + 1)) {
					saidName = t + 2;
				}
			}
		}
		int end = t;
		while (end > from && !this.doc.get(end - 1).word()) {
			end--;
		}
		if (saidName >= 0 && saidName < end) {
			// "…” the boy was sent home, said Wayne Roe, a former adviser.": the speaker
			// named after the verb, with nothing but an apposition up to the stop
			Mention named = nameAfterRole(saidName);
			if (named != null && (named.appositionEndToken >= end || this.doc.get(named.endToken).is(","))) {
				return named;
			}
		}
		if (comma < 0 || comma + 2 >= end) {
			return null;
		}
		Mention speaker = this.people.index.mentionStartingAt(comma + 1);
		if (speaker == null) {
			return null;
		}
		int verb = verbAfter(speaker.appositionEndToken, end);
		return verb < end && finiteSpeechVerbAt(verb) && (onlyTimeAfter(verb + 1, end) || onlyListeners(verb, end))
				? speaker : null;
	}

	/**
	 * '“…” Citizens for a Free Harbour executive director Jane Roe said.': whether the
	 * words after a quote, up to the end of its sentence and with no other quotation,
	 * hold a speech verb of their own, its subject read or not.
	 */
	boolean speechVerbClosingSentence(int from) {
		int n = this.doc.size();
		if (from >= n || this.doc.boundaryBefore(from)) {
			return false;
		}
		int sentence = this.doc.sentence[from];
		for (int t = from; t < n && t < from + MAX_LOOK_BACK && this.doc.sentence[t] == sentence
				&& !(t > from && this.doc.boundaryBefore(t)); t++) {
			Token token = this.doc.get(t);
			if (token.is("\"") || token.is("“") || token.is("”")) {
				return false;
			}
			if (finiteSpeechVerbAt(t) && !(t + 1 < n && this.doc.get(t + 1).lower().equals("that"))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * "…, Roe told hundreds of students.": who heard it, and no "that …" or other verb.
	 */
	private boolean onlyListeners(int verb, int end) {
		boolean told = this.doc.get(verb).lower().equals("told");
		for (int t = verb + 1; told && t < end; t++) {
			String lower = this.doc.get(t).lower();
			told = !lower.equals("that") && !lower.equals(":") && !SpeechVerbs.isSpeechVerb(lower);
		}
		return told;
	}

	/**
	 * Where "on Monday", "yesterday", "late Tuesday" right before {@code end} start, or
	 * {@code end} when no such words end there; never before {@code floor}. Only a day or
	 * "yesterday"/"today"/"tonight" makes the words a time, not "the late president".
	 */
	int timeOfSayingStart(int floor, int end) {
		int start = end;
		boolean day = false;
		while (start > floor) {
			String lower = this.doc.get(start - 1).lower();
			if (!TIMES_OF_SAYING.contains(lower) && !WEEKDAYS.contains(lower)) {
				break;
			}
			day |= WEEKDAYS.contains(lower) || lower.equals("yesterday") || lower.equals("today")
					|| lower.equals("tonight");
			start--;
		}
		return day ? start : end;
	}

	/** "…, Roe said on Monday night.": nothing but when it was said up to the stop. */
	boolean onlyTimeAfter(int from, int end) {
		for (int t = from; t < end; t++) {
			String lower = this.doc.get(t).lower();
			if (!TIMES_OF_SAYING.contains(lower) && !WEEKDAYS.contains(lower)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * A speech verb, or a passive that reports speech: "…,” he was quoted as saying'
	 * ("was" is passed over as a word between subject and verb).
	 */
	boolean reportsSpeechAt(int v) {
		int n = this.doc.size();
		if (v >= n) {
			return false;
		}
		if (SpeechVerbs.isSpeechVerb(this.doc.get(v).lower())) {
			return true;
		}
		if (v + 2 >= n || !this.doc.get(v).lower().equals("quoted")) {
			return false;
		}
		int as = v + 1;
		if (this.doc.get(as).lower().equals("by")) {
			// "was quoted by the news agency as saying": who quoted stands between
			while (as < n && as <= v + MAX_ROLE_WORDS && this.doc.get(as).word() && !this.doc.boundaryBefore(as)
					&& !this.doc.get(as).lower().equals("as")) {
				as++;
			}
		}
		return as + 1 < n && this.doc.get(as).lower().equals("as")
				&& SpeechVerbs.isSpeechVerb(this.doc.get(as + 1).lower());
	}

	int wordsBetween(int from, int to) {
		int words = 0;
		for (int t = from; t < to; t++) {
			if (this.doc.get(t).word()) {
				words++;
			}
		}
		return words;
	}

	/**
	 * The opening mark of a quotation of a few words that closes at the token, or -1:
	 * such a quote sits inside the clause that introduces the next one.
	 */
	int shortQuoteOpening(int close, int maxWords) {
		QuotedSpan other = this.people.quoteClosingAt(close);
		if (other == null) {
			return -1;
		}
		int from = this.doc.tokenAt(other.innerStart());
		int to = this.doc.tokenAt(other.innerEnd());
		return wordsBetween(from, to) <= maxWords ? this.doc.tokenAt(other.start()) : -1;
	}

}
