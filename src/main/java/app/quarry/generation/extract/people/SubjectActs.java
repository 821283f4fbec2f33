package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * What a named person the document gives no role did, told as a plain statement with the
 * name as its subject: "Jane Roe delivered the petition to the county board." makes her
 * "someone who delivered the petition to the county board", "Jane Roe has been charged in
 * the warehouse fire." "someone who has been charged in the warehouse fire". A reader
 * learns who she is from that one act, and a quiz can ask who did it. Only a clear
 * statement qualifies: a past tense right after the name, no negation, no pronoun the
 * question could not resolve, no clause of someone else's inside it.
 */
public final class SubjectActs {

	/** How a role made of an act begins; the act follows. */
	static final String SOMEONE_WHO = "someone who ";

	/** "was charged", "has been charged", "had already been charged". */
	private static final Set<String> PASSIVE_AUXILIARIES = NameLexicon.words("was", "has", "had");

	/**
	 * Words that leave an act unclear once it stands alone in a question: a pronoun
	 * ("gave him the money"), a negation, a clause of its own, a plural the sentence
	 * before pointed at.
	 */
	private static final Set<String> UNCLEAR = NameLexicon.words("not", "never", "no", "n't", "that", "which", "who",
			"whom", "whose", "what", "these", "those", "such", "same", "other", "another", "there", "if", "because",
			"would", "could", "should", "might", "may", "will", "can", "also", "too", "again", "instead", "both",
			"each", "either", "neither");

	private static final Set<String> PRONOUNS = NameLexicon.words("he", "she", "him", "her", "his", "hers", "it", "its",
			"they", "them", "their", "we", "us", "our", "i", "me", "my", "you", "your");

	/** True for a pronoun, which a phrase standing alone could not resolve. */
	static boolean pronoun(String lower) {
		return PRONOUNS.contains(lower);
	}

	/** Words that say where the speaker stands: "owns eight flats here". */
	private static final Set<String> PLACE_DEICTICS = NameLexicon.words("here", "there");

	/**
	 * Words before a name that open a clause it is the subject of and state it as fact
	 * ("When Jane Roe bought the house, ..."); "if" or "unless" would not.
	 */
	private static final Set<String> STATING_OPENERS = NameLexicon.words("so", "and", "but", "when", "after", "before",
			"once", "then", "later", "since", "as", "while");

	private static final int MIN_ACT_TOKENS = 3;

	private static final int MAX_ACT_TOKENS = 16;

	private SubjectActs() {
	}

	/**
	 * The act the clause of {@code name} states, as a role ("someone who delivered a
	 * message to the board"), or null when the clause is no clear statement of one act.
	 */
	static String of(DocumentTokens doc, Mention name) {
		// "In 1991 Jane Roe ...": no comma marks her the subject, the year opening the
		// sentence does
		boolean afterYear = yearOpens(doc, sentenceStart(doc, name.phraseStartToken), name.phraseStartToken);
		if (!name.subject && !afterYear || name.inQuote || name.possessive || !name.multiWordName()
				|| !showsPerson(name) || !statedFromStart(doc, name) && !ActsListedInTurn.listed(doc, name)) {
			return null;
		}
		int first = name.appositionEndToken > name.endToken ? name.appositionEndToken : name.endToken;
		if (first < doc.size() && first > name.endToken && doc.get(first).is(",")) {
			first++;
		}
		int verb = RoleVerbs.skipAdverbs(doc, first);
		if (verb >= doc.size() || doc.boundaryBefore(verb) || !doc.get(verb).word()) {
			return null;
		}
		int head = passiveParticiple(doc, verb);
		if (head < 0 && !ActVerbs.pastAt(doc, verb)) {
			return null;
		}
		int end = firstPredicateEnd(doc, verb, clauseEnd(doc, first));
		int from = head < 0 ? verb : head;
		if (end - first < MIN_ACT_TOKENS || end - first > MAX_ACT_TOKENS || end - from < 2) {
			return null;
		}
		String words = written(doc, first, end);
		return words == null ? null : SOMEONE_WHO + words;
	}

	/**
	 * "was ranked first and ran a chain of hotels, farms and ships": a second act joined
	 * by "and" ends the first, which a card can show whole where the clause's end would
	 * cut the second inside its list.
	 */
	private static int firstPredicateEnd(DocumentTokens doc, int verb, int end) {
		for (int t = verb + 1; t < end; t++) {
			if (CopularRoles.secondPredicate(doc, t)) {
				return t;
			}
		}
		return end;
	}

	/**
	 * A capitalized run may be a firm's name ("Acme Steel earned $2 billion"): an act is
	 * told of someone the text shows to be a person, by a given name or a pronoun that
	 * stands for them.
	 */
	static boolean showsPerson(Mention name) {
		return showsPerson(name, MAX_NAME_WORDS);
	}

	private static final int MAX_NAME_WORDS = 3;

	/** The same, for a name of up to {@code maxWords} words. */
	static boolean showsPerson(Mention name, int maxWords) {
		String[] words = name.surface.toLowerCase(java.util.Locale.ROOT).split(" ");
		if (name.person.gender != Gender.UNKNOWN || NameLexicon.MALE_NAMES.contains(words[0])
				|| NameLexicon.FEMALE_NAMES.contains(words[0])) {
			return true;
		}
		// otherwise a name as people bear it: two or three words, none a particle that
		// opens a firm's name ("Du Pont"), a company's suffix or a word no name holds
		if (words.length > maxWords || NAME_PARTICLES.contains(words[0])) {
			return false;
		}
		for (String word : words) {
			if (NameLexicon.NOT_NAMES.contains(word) || OrganisationWords.COMPANY_SUFFIXES.contains(word)
					|| OrganisationWords.NOUNS.contains(word) || OrganisationWords.PLACES.contains(word)) {
				return false;
			}
		}
		return true;
	}

	private static final Set<String> NAME_PARTICLES = NameLexicon.words("du", "de", "la", "le", "van", "von", "al",
			"el", "st.", "st", "san");

	/** The act, without its prefix, of a role made by {@link #of}; null for any other. */
	public static String act(String role) {
		if (role == null || !role.startsWith(SOMEONE_WHO)) {
			return null;
		}
		// "someone who works at a bakery" says where, which fits everyone there: no act
		String act = role.substring(SOMEONE_WHO.length());
		return WORKPLACE_VERBS.contains(act.split(" ", 2)[0]) ? null : act;
	}

	/** The verbs of the roles that say where someone works, not what they did. */
	private static final Set<String> WORKPLACE_VERBS = NameLexicon.words("works", "worked", "teaches", "taught");

	/**
	 * The sentence states the clause outright: the name opens it, or follows only an
	 * opener that states ("So when Jane Roe ..."), a short description set off by a comma
	 * ("This man, Jane Roe ..."), or a phrase of time set off by a comma.
	 */
	private static boolean statedFromStart(DocumentTokens doc, Mention name) {
		int start = name.phraseStartToken;
		int sentenceStart = sentenceStart(doc, start);
		for (int i = sentenceStart; i < start; i++) {
			Token token = doc.get(i);
			String lower = token.lower();
			if (!token.word() && !token.is(",") || UNCLEAR.contains(lower) || PRONOUNS.contains(lower)
					|| lower.equals("unless") || lower.equals("whether") || lower.equals("and") && i == start - 1
					|| lower.equals("or") || token.nameLike() && i > sentenceStart) {
				return false;
			}
		}
		return sentenceStart == start || doc.get(start - 1).is(",")
				|| STATING_OPENERS.contains(doc.get(start - 1).lower()) && start - 1 - sentenceStart <= 1
				|| yearOpens(doc, sentenceStart, start);
	}

	private static int sentenceStart(DocumentTokens doc, int token) {
		int t = token;
		while (t > 0 && !doc.boundaryBefore(t)) {
			t--;
		}
		return t;
	}

	/** "In 1991 Jane Roe was convicted of fraud": a year opens the sentence. */
	private static boolean yearOpens(DocumentTokens doc, int sentenceStart, int start) {
		return start - sentenceStart == 2 && doc.get(sentenceStart).lower().equals("in")
				&& doc.get(sentenceStart + 1).text().matches("1\\d{3}|20\\d{2}");
	}

	/** The participle of "was charged", "has already been charged", or -1. */
	private static int passiveParticiple(DocumentTokens doc, int verb) {
		if (!PASSIVE_AUXILIARIES.contains(doc.get(verb).lower())) {
			return -1;
		}
		int t = RoleVerbs.skipAdverbs(doc, verb + 1);
		if (t < doc.size() && !doc.get(verb).lower().equals("was") && doc.get(t).lower().equals("been")) {
			t = RoleVerbs.skipAdverbs(doc, t + 1);
		}
		else if (!doc.get(verb).lower().equals("was")) {
			return -1;
		}
		if (t >= doc.size() || doc.boundaryBefore(t)) {
			return -1;
		}
		return ActVerbs.participle(doc.get(t)) ? t : -1;
	}

	/** The token after the clause: at a comma, a colon, a dash or the sentence's end. */
	static int clauseEnd(DocumentTokens doc, int first) {
		int end = first;
		while (end < doc.size() && (end == first || !doc.boundaryBefore(end))) {
			Token token = doc.get(end);
			if (!token.word() && !token.is("-") && !token.is("'s") && !token.is("’s") && !token.is("%")
					&& !token.is("$") && !insideNumber(doc, end)) {
				break;
			}
			end++;
		}
		boolean closed = end >= doc.size() || doc.boundaryBefore(end) || ",.;".contains(doc.get(end).text());
		return closed ? end : first;
	}

	/**
	 * "won in 9.87 seconds", "a crowd of 12,000", "ran 3:49", "won the 3,000m": a point,
	 * comma or colon set tight between digits is part of the number, not the end of the
	 * clause.
	 */
	private static boolean insideNumber(DocumentTokens doc, int t) {
		if (t == 0 || t + 1 >= doc.size() || doc.boundaryBefore(t + 1) || !".,:".contains(doc.get(t).text())) {
			return false;
		}
		Token before = doc.get(t - 1);
		Token after = doc.get(t + 1);
		return before.end() == doc.get(t).start() && doc.get(t).end() == after.start() && endsWithDigit(before.text())
				&& !after.text().isEmpty() && Character.isDigit(after.text().charAt(0));
	}

	/** "3" of "3,000m": the number may go on after the mark with its unit ("000m"). */
	private static boolean endsWithDigit(String text) {
		return !text.isEmpty() && Character.isDigit(text.charAt(text.length() - 1));
	}

	/**
	 * The act as a question can show it: "this house" becomes "a house" (the house the
	 * sentence before pointed at is one to the reader of the question), a final "here"
	 * goes; null when a word leaves it unclear.
	 */
	static String written(DocumentTokens doc, int first, int end) {
		while (end - 1 > first && PLACE_DEICTICS.contains(doc.get(end - 1).lower())) {
			end--;
		}
		StringBuilder act = new StringBuilder();
		for (int t = first; t < end; t++) {
			Token token = doc.get(t);
			String lower = token.lower();
			// "in May 2009": a capital inside the act is the month, not the modal
			boolean month = token.capitalized() && t > first;
			if (UNCLEAR.contains(lower) && !month || PRONOUNS.contains(lower) || SpeechVerbs.isSpeechVerb(lower)
					&& t > first && !token.capitalized() && !AppositionBounds.speechWordAsNoun(doc, t)) {
				return null;
			}
			String word = token.text();
			if (lower.equals("this") && t + 1 < end && doc.get(t + 1).word() && !doc.get(t + 1).capitalized()) {
				word = Character.isUpperCase(word.charAt(0)) ? "A" : "a";
				word = "aeiou".indexOf(doc.get(t + 1).lower().charAt(0)) >= 0 ? word + "n" : word;
			}
			else if (lower.equals("this")) {
				return null;
			}
			if (t > first) {
				// the spacing the text gave the words, as one space
				act.append(doc.text.substring(doc.get(t - 1).end(), token.start()).isEmpty() ? "" : " ");
			}
			act.append(word);
		}
		return act.toString();
	}

}
