package app.quarry.generation.extract.people;

/**
 * Who speaks in the words that follow a quote: the name after "said" and a role or a
 * describing phrase, or an attribution that closes the sentence after a comma. Kept apart
 * from {@link AttributionClauses}, whose tests of verbs and subjects it reads them with.
 */
final class SpeakersAfterQuote {

	private static final int MAX_DESCRIPTION = 12;

	/**
	 * People known by whom they are close to: "a friend of Roe", "a lawyer for Roe". A
	 * spokesman is left out, since a body's spokesman gives the body's words.
	 */
	private static final java.util.Set<String> RELATIONS = java.util.Set.of("friend", "friends", "relative",
			"relatives", "cousin", "brother", "sister", "son", "daughter", "wife", "husband", "mother", "father",
			"neighbour", "neighbor", "colleague", "classmate", "aide", "adviser", "advisor", "lawyer", "attorney",
			"agent", "supporter", "teammate", "partner", "girlfriend", "boyfriend", "uncle", "aunt", "nephew", "niece");

	/** The words that make a name the object inside a role: "head of sales for Acme". */
	private static final java.util.Set<String> OBJECT_PREPOSITIONS = java.util.Set.of("for", "of", "at", "with", "from",
			"in", "on", "to");

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
			Mention holder = mention != null && u > t && OBJECT_PREPOSITIONS.contains(this.doc.get(u - 1).lower())
					? holderSetOffAfter(mention) : null;
			if (holder != null) {
				// "said the head of operations for Acme Lines, Jane Roe": the body is the
				// object inside the role, and the one who holds it is named after the
				// comma
				return holder;
			}
			if (mention != null && u > t + 1 && RELATIONS.contains(this.doc.get(u - 2).lower())
					&& OBJECT_PREPOSITIONS.contains(this.doc.get(u - 1).lower())) {
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
	 * The person named right after the comma that closes a role ending in an object, if
	 * any ("said the head of operations for Acme, Jane Roe").
	 */
	private Mention holderSetOffAfter(Mention object) {
		int comma = object.endToken;
		if (comma + 1 >= this.doc.size() || !this.doc.get(comma).is(",") || this.doc.boundaryBefore(comma + 1)) {
			return null;
		}
		Mention holder = this.people.index.mentionStartingAt(comma + 1);
		return holder != null && holder.kind == Mention.Kind.NAME && holder.person != null && !holder.possessive
				? holder : null;
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
