package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * A noun phrase set off by a comma after a name and closed again ("TEPCO, the operator of
 * the plant, has ..."), read by the words' parts of speech rather than by a list of
 * heads: articles, adjectives, nouns, numbers and prepositions may build it, a finite
 * verb may not (a clause is no description), and its head is the last noun before the
 * first preposition.
 */
record SetOffNounPhrase(int first, int end, int head, boolean bare) {

	private static final Set<String> ARTICLES = NameLexicon.words("a", "an", "the");

	/** Words that end the phrase and open a clause about the name. */
	private static final Set<String> RELATIVES = NameLexicon.words("who", "whom", "whose", "which", "that", "where");

	private static final Set<String> CLOSERS = Set.of(",", ";", ":", ".", "—", "–", "(", ")", "\"", "“", "”");

	/** Words after a comma that open a clause or an aside, never a post. */
	private static final Set<String> CLAUSE_OPENERS = NameLexicon.words("and", "but", "or", "nor", "so", "yet", "as",
			"if", "when", "while", "because", "although", "though", "however", "meanwhile", "who", "which", "that",
			"where", "this", "these", "those", "there", "here", "then", "not", "also", "too", "now", "both");

	private static final Set<String> POSSESSIVE_PRONOUNS = NameLexicon.words("its", "their", "his", "her", "our");

	/** Parts of speech a description may hold anywhere. */
	private static final Set<String> PHRASE_TAGS = Set.of("DET", "ADJ", "NOUN", "PROPN", "NUM", "ADP", "CCONJ", "PART");

	private static final int MAX_TOKENS = 14;

	/**
	 * Participles that shorten a relative clause about a thing or a place ("a village
	 * located on the island"); any other past form after a noun is a clause's verb ("the
	 * minister warned of a recession").
	 */
	private static final Set<String> REDUCED_RELATIVES = NameLexicon.words("located", "based", "situated",
			"headquartered", "known", "named", "called", "founded", "owned", "run", "operated", "led", "built", "made",
			"designed", "produced", "launched", "held", "backed", "funded", "formed", "created", "published", "set",
			"used", "listed", "registered", "dedicated", "devoted", "responsible");

	/**
	 * The phrase opening right after {@code comma} with an article, an owner's possessive
	 * ("Gaza's main hospital") or none ({@code bare}: "senior director of ..."), closed
	 * by punctuation, a relative word or the sentence's end; null when there is none.
	 */
	static SetOffNounPhrase after(DocumentTokens doc, int nameStart, int comma) {
		int first = comma + 1;
		int from = openerEnd(doc, first);
		if (from < 0) {
			return null;
		}
		int end = from;
		while (end < doc.size() && !doc.boundaryBefore(end) && !CLOSERS.contains(doc.get(end).text())
				&& !RELATIVES.contains(doc.get(end).lower())) {
			if (end - first >= MAX_TOKENS) {
				return null;
			}
			end++;
		}
		// "Porthaven, the city where she was born,": the clause says which city; "the
		// city" alone says nothing
		boolean bareHead = end < doc.size() && RELATIVES.contains(doc.get(end).lower()) && end - first <= 2;
		if (end <= from || bareHead || listGoesOn(doc, end) || from == first && !holdsPersonNoun(doc, first, end)) {
			return null; // a phrase with no article describes a person by a post, or
							// nothing
		}
		SentenceTags tags = SentenceTags.of(doc, nameStart);
		int head = -1;
		for (int t = first; t < end; t++) {
			String tag = tags.tag(t);
			if (!fits(doc, t, tag, tags) || tag.equals("CCONJ") && secondItem(doc, t + 1, end)) {
				return null;
			}
			boolean nominal = tag.equals("NOUN") || tag.equals("PROPN") || tag.equals("NUM");
			if (head < 0 && !nominal && t >= from && (tag.equals("ADP") || tag.equals("CCONJ")
					|| tag.equals("VERB") && !tags.tag(t + 1).equals("NOUN") && !tags.tag(t + 1).equals("ADJ"))) {
				head = t - 1;
			}
		}
		head = head < 0 ? end - 1 : head;
		String headTag = tags.tag(head);
		if (head < from || !(headTag.equals("NOUN") || headTag.equals("PROPN") || headTag.equals("NUM"))) {
			return null;
		}
		Token headWord = doc.get(head);
		if (headWord.capitalized() && !PersonNouns.namesPerson(headWord.lower())
				&& !NameLexicon.TITLES.contains(headWord.lower())) {
			return null; // "Illinois, the Evergreen Museum": a name after a name is a
							// list's
		}
		return new SetOffNounPhrase(first, end, head, from == first);
	}

	/** Where the words after the opener start; -1 when no article or owner opens. */
	private static int openerEnd(DocumentTokens doc, int first) {
		if (first + 1 >= doc.size() || doc.boundaryBefore(first)) {
			return -1;
		}
		if (ARTICLES.contains(doc.get(first).lower())) {
			return first + 1;
		}
		int owner = first;
		while (owner < doc.size() && owner - first < 4 && doc.get(owner).capitalized() && !doc.boundaryBefore(owner)) {
			owner++;
		}
		if (owner > first && owner < doc.size() && NameFinder.isPossessiveMark(doc.get(owner))) {
			return owner + 1;
		}
		// "Jane Roe, senior director of health services,": a post needs no article, and
		// the caller asks that its head name a person
		Token word = doc.get(first);
		return word.word() && !word.capitalized() && !CLAUSE_OPENERS.contains(word.lower())
				&& !NameLexicon.PREPOSITIONS.contains(word.lower()) && !SubjectActs.pronoun(word.lower()) ? first : -1;
	}

	/**
	 * "an end to the occupation, the repeal of the laws and the end of privatisation": an
	 * article or a name after "and" opens a second item, so the phrase was a list's.
	 */
	private static boolean secondItem(DocumentTokens doc, int t, int end) {
		return t < end && (ARTICLES.contains(doc.get(t).lower()) || doc.get(t).capitalized());
	}

	private static boolean holdsPersonNoun(DocumentTokens doc, int first, int end) {
		for (int t = first; t < end; t++) {
			String lower = doc.get(t).lower();
			if (PersonNouns.namesPerson(lower) || NameLexicon.isRoleNoun(lower)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * "Paris, the capital, and Rome": a comma and "and" after the phrase make it an item
	 * of a list.
	 */
	private static boolean listGoesOn(DocumentTokens doc, int end) {
		return end + 1 < doc.size() && doc.get(end).is(",") && !doc.boundaryBefore(end + 1)
				&& (doc.get(end + 1).lower().equals("and") || doc.get(end + 1).lower().equals("or"));
	}

	/**
	 * Whether a word may stand in a description: a part of speech that builds noun
	 * phrases, a possessive pronoun, an adverb before an adjective ("the most senior"),
	 * or a participle after a noun ("a village located on the island").
	 */
	private static boolean fits(DocumentTokens doc, int t, String tag, SentenceTags tags) {
		Token token = doc.get(t);
		if (PHRASE_TAGS.contains(tag) || NameFinder.isPossessiveMark(token) || token.is("-")) {
			return true;
		}
		if (tag.equals("PRON")) {
			return POSSESSIVE_PRONOUNS.contains(token.lower());
		}
		String next = tags.tag(t + 1);
		if (tag.equals("ADV")) {
			return next.equals("ADJ") || next.equals("ADV") || next.equals("NUM");
		}
		String previous = tags.tag(t - 1);
		if (!tag.equals("VERB")) {
			return false;
		}
		String lower = token.lower();
		boolean afterNoun = previous.equals("NOUN") || previous.equals("PROPN");
		boolean participle = REDUCED_RELATIVES.contains(lower) || lower.endsWith("-based");
		// "the road safety authority", "a leading group": the model reads some modifiers
		// as verbs; a past form or a speech verb before a noun is a clause's verb
		boolean modifier = (next.equals("NOUN") || next.equals("ADJ")) && !lower.endsWith("ed")
				&& !SpeechVerbs.isSpeechVerb(lower) && (afterNoun || previous.equals("DET") || previous.equals("ADJ")
						|| previous.equals("PROPN") || previous.equals("NUM"));
		return participle && afterNoun && next.equals("ADP") || modifier;
	}

}
