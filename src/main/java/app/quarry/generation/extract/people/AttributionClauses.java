package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * Where the parts of an attribution stand around a quote: whether a word is a speech verb
 * used as one, where the verb after a subject is, whether a mention is the subject right
 * before its verb; who speaks after a quote is {@link SpeakersAfterQuote}'s.
 */
final class AttributionClauses {

	static final Set<String> BETWEEN_SUBJECT_AND_VERB = NameLexicon.words("also", "later", "then", "again", "once",
			"further", "had", "has", "have", "did", "does", "was", "would", "will", "could", "once", "simply", "then",
			"earlier", "previously", "recently", "reportedly", "publicly", "explicitly", "repeatedly", "meanwhile",
			"already", "first", "now", "however", "too", "instead", "since");

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

	static final int MAX_ROLE_WORDS = 6;

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
				&& !(t > 0 && NOUN_MARKERS.contains(this.doc.get(t - 1).lower()) && !objectBeforeVerb(t));
	}

	/**
	 * "those with her said": "her" is also an object, and no noun for what was said is
	 * spelled "said" or "told", so after it these are verbs.
	 */
	private boolean objectBeforeVerb(int t) {
		String lower = this.doc.get(t).lower();
		return this.doc.get(t - 1).lower().equals("her") && (lower.equals("said") || lower.equals("told"));
	}

	/**
	 * "Roe's remark that …", "Acme's claims": a possessive makes a bare verb form a noun
	 * for what was said; only a past form after it still reads as "has" ("Roe's said").
	 */
	boolean possessedNoun(int t) {
		String lower = this.doc.get(t).lower();
		return t > 0 && NameFinder.isPossessiveMark(this.doc.get(t - 1)) && !lower.endsWith("ed")
				&& !lower.equals("said") && !lower.equals("told") && !lower.equals("written")
				&& !lower.equals("spoken");
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
		boolean placeSetOff = v != verb && PlacesAfterAppositions.between(this.doc, mention, verb);
		return (v == verb || mention.endToken == verb || placeSetOff) && !object || relative;
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
	private static final java.util.Set<String> RELATIVES = java.util.Set.of("who", "which");

	/** Tokens a relative clause between a subject and its verb may take. */
	private static final int MAX_RELATIVE_CLAUSE = 20;

	int verbAfter(int from, int limit) {
		int v = from;
		if (v + 3 < limit && this.doc.get(v).is(",") && isAge(this.doc.get(v + 1).text())
				&& this.doc.get(v + 2).is(",")) {
			v += 2; // "Roe, 54, said": an age set off by commas
		}
		v = Math.min(BracketedInitials.after(this.doc, v), limit); // "Acme Foods (AF)
																	// said"
		v = afterRelativeClause(v, limit);
		v = SecondAppositions.end(this.doc, v, limit); // "Roe, head of Acme, a charity,
														// said"
		if (v < limit && this.doc.get(v).is(",")) {
			v++;
		}
		while (v < limit && (this.doc.get(v).word() && BETWEEN_SUBJECT_AND_VERB.contains(this.doc.get(v).lower())
				|| MannerAdverbs.at(this.doc.get(v))
				|| this.doc.get(v).is(",") && v > from && this.doc.get(v - 1).word()
						&& BETWEEN_SUBJECT_AND_VERB.contains(this.doc.get(v - 1).lower()))) {
			v++;
		}
		return v;
	}

	/**
	 * "Roe, who first raised the matter last year, said": a relative clause set off by
	 * commas between the subject and its verb; where the comma closing it stands, or
	 * {@code from} when none is there. The clause holds no quotation and no sentence end.
	 */
	private int afterRelativeClause(int from, int limit) {
		if (from + 2 >= limit || !this.doc.get(from).is(",") || !RELATIVES.contains(this.doc.get(from + 1).lower())) {
			return from;
		}
		for (int t = from + 2; t < limit && t <= from + MAX_RELATIVE_CLAUSE; t++) {
			Token token = this.doc.get(t);
			if (token.is("\"") || token.is("“") || token.is("”") || this.doc.boundaryBefore(t)) {
				return from;
			}
			if (token.is(",")) {
				return t;
			}
		}
		return from;
	}

	private static boolean isAge(String word) {
		return word.length() <= 3 && word.chars().allMatch(Character::isDigit);
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
