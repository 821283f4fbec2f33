package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * Where the clause that holds a token begins, for the reader of a sentence's main
 * subject: after a subordinate clause the sentence opens with ("After Jane Roe resigned,
 * the board ..."), and after the last ", and", ", but" or semicolon that a new subject
 * follows ("Westria denied it, and the country's army warned ..."). ", and said ..." goes
 * on with the same subject, so it begins no clause.
 */
final class ClauseOfToken {

	/** Words that open a subordinate clause at the head of a sentence. */
	private static final Set<String> SUBORDINATORS = NameLexicon.words("after", "when", "while", "although", "though",
			"because", "since", "as", "if", "before", "once", "until", "whereas", "unless");

	private static final Set<String> COORDINATORS = NameLexicon.words("and", "but");

	/** Words that open a new subject after a coordinator. */
	private static final Set<String> SUBJECT_OPENERS = NameLexicon.words("the", "a", "an", "its", "his", "her", "their",
			"our", "this", "that", "these", "those", "he", "she", "they", "it", "we", "i");

	private ClauseOfToken() {
	}

	/**
	 * The first token of the clause holding {@code token}, from {@code sentenceStart}.
	 */
	static int start(DocumentTokens doc, int sentenceStart, int token) {
		int coordinated = coordinatedStart(doc, sentenceStart, token);
		if (coordinated >= 0) {
			return coordinated;
		}
		if (SUBORDINATORS.contains(doc.get(sentenceStart).lower())) {
			for (int t = sentenceStart + 2; t < token; t++) {
				if (doc.get(t).is(",")) {
					return t + 1;
				}
			}
		}
		return sentenceStart;
	}

	/**
	 * The first token of the last clause before {@code token} that ", and", ", but" or a
	 * semicolon opens with a new subject and a verb of its own, read from {@code from};
	 * -1 when there is none. "Lind thanked Moss, and the crowd, saying" holds a list, no
	 * clause.
	 */
	static int coordinatedStart(DocumentTokens doc, int from, int token) {
		for (int t = token - 1; t > from + 1; t--) {
			Token word = doc.get(t);
			boolean coordinated = COORDINATORS.contains(word.lower()) && doc.get(t - 1).is(",");
			if ((coordinated || word.is(";")) && t + 1 < token && opensSubject(doc.get(t + 1))
					&& !commaBetween(doc, t + 1, token - 1) && verbBetween(doc, t + 2, token)) {
				return t + 1;
			}
		}
		return -1;
	}

	private static boolean commaBetween(DocumentTokens doc, int from, int to) {
		for (int t = from; t < to; t++) {
			if (doc.get(t).is(",")) {
				return true;
			}
		}
		return false;
	}

	/**
	 * "and the crowd, saying": a noun phrase with no verb of its own is an item of a
	 * list, not a clause.
	 */
	private static boolean verbBetween(DocumentTokens doc, int from, int to) {
		SentenceTags tags = SentenceTags.of(doc, from);
		for (int t = from; t < to; t++) {
			if (tags.tag(t).equals("VERB") || tags.tag(t).equals("AUX")) {
				return true;
			}
		}
		return false;
	}

	private static boolean opensSubject(Token token) {
		return SUBJECT_OPENERS.contains(token.lower()) || token.capitalized();
	}

}
