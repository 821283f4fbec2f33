package app.quarry.generation.extract.people;

/**
 * Who speaks in the words that follow a quote: the name after "said" and a role or a
 * describing phrase, or an attribution that closes the sentence after a comma. Kept apart
 * from {@link AttributionClauses}, whose tests of verbs and subjects it reads them with.
 */
final class SpeakersAfterQuote {

	private static final int MAX_DESCRIPTION = 12;

	private final DocumentPeople people;

	private final DocumentTokens doc;

	private final AttributionClauses clauses;

	/** Two people joined as the subject of one verb: the words of neither alone. */
	private final JointSubjects joint;

	SpeakersAfterQuote(DocumentPeople people, AttributionClauses clauses) {
		this.people = people;
		this.doc = people.doc;
		this.clauses = clauses;
		this.joint = new JointSubjects(people);
	}

	/**
	 * "said Tom Smith", "said German economy minister Tom Smith": the name after the
	 * words of a role, before any punctuation.
	 */
	Mention nameAfterRole(int t) {
		int n = this.doc.size();
		for (int u = t; u < Math.min(n, t + AttributionClauses.MAX_ROLE_WORDS); u++) {
			Mention mention = this.people.index.mentionStartingAt(u);
			if (mention != null && mention.kind == Mention.Kind.PRONOUN && mention.possessive) {
				return null; // "said his daughter, Rosa": "his" only tells whose daughter
			}
			if (mention != null && u > t && ofSomeoneElse(u)) {
				return null; // "said a friend of Roe": the friend speaks, not Roe
			}
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
	 * Whether the name at the token is the object of a preposition ("a friend of Roe", "a
	 * lawyer for Roe"), which tells whom the one speaking is related to.
	 */
	private boolean ofSomeoneElse(int name) {
		String before = this.doc.get(name - 1).lower();
		return !before.equals("by") && NameLexicon.PREPOSITIONS.contains(before);
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
		while (u < n && u < first + AttributionClauses.MAX_ROLE_WORDS && this.doc.get(u).word()
				&& !this.doc.get(u).capitalized() && !this.doc.boundaryBefore(u)) {
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
				if (saidName < 0 && t + 2 < n && this.clauses.finiteSpeechVerbAt(t + 1)) {
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
				return this.joint.joined(named) ? null : named;
			}
		}
		if (comma < 0 || comma + 2 >= end) {
			return null;
		}
		Mention speaker = this.people.index.mentionStartingAt(comma + 1);
		if (speaker == null || this.joint.joined(speaker)) {
			return null;
		}
		int verb = this.clauses.verbAfter(speaker.appositionEndToken, end);
		return verb < end && this.clauses.finiteSpeechVerbAt(verb)
				&& (this.clauses.onlyTimeAfter(verb + 1, end) || onlyListeners(verb, end)) ? speaker : null;
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
		for (int t = from; t < n && t < from + AttributionClauses.MAX_LOOK_BACK && this.doc.sentence[t] == sentence
				&& !(t > from && this.doc.boundaryBefore(t)); t++) {
			Token token = this.doc.get(t);
			if (token.is("\"") || token.is("“") || token.is("”")) {
				return false;
			}
			if (this.clauses.finiteSpeechVerbAt(t) && !(t + 1 < n && this.doc.get(t + 1).lower().equals("that"))) {
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

}
