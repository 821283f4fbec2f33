package app.quarry.generation.extract.people;

/**
 * "Jane Roe, whose son was on board the ferry,": a clause about someone close to her or
 * something of hers says who she is to the story (someone whose son was on board the
 * ferry), when nothing before the name does.
 */
final class WhoseClauses {

	static final String SOMEONE_WHOSE = "someone whose ";

	private static final int MIN_CLAUSE_TOKENS = 3;

	private static final int MAX_CLAUSE_TOKENS = 14;

	private WhoseClauses() {
	}

	/** Gives the name the clause that opens at {@code whose}, when it reads as one. */
	static void find(DocumentTokens doc, Mention name, int whose) {
		int first = whose + 1;
		if (name.role != null || first >= doc.size() || doc.boundaryBefore(first) || !doc.get(first).word()
				|| doc.get(first).capitalized()) {
			return; // "whose Acme shares": a name after "whose" may be anything of hers
		}
		int end = end(doc, first);
		if (end - first < MIN_CLAUSE_TOKENS || !verbInside(doc, first + 1, end)) {
			return;
		}
		String clause = SubjectActs.written(doc, first, end);
		if (clause != null) {
			name.appositionEndToken = end;
			name.role = SOMEONE_WHOSE + clause;
			name.appositionRole = name.role;
		}
	}

	/**
	 * The token after the clause: a comma or the sentence's end closes it, and so does
	 * the sentence's speech verb where the closing comma was left out ("whose son was on
	 * board said"); {@code first} when it runs on too long or into other punctuation.
	 */
	private static int end(DocumentTokens doc, int first) {
		int end = first;
		while (end < doc.size() && end - first <= MAX_CLAUSE_TOKENS && !doc.boundaryBefore(end)) {
			Token token = doc.get(end);
			if (token.is(",") || token.is(".")) {
				return end;
			}
			if (!token.word() && !token.is("'s") && !token.is("’s") && !token.is("-")) {
				return first;
			}
			if (end > first + 1 && !token.capitalized() && SpeechVerbs.isSpeechVerb(token.lower())) {
				return speaking(doc, end) ? end : first;
			}
			end++;
		}
		return end >= doc.size() || doc.boundaryBefore(end) ? end : first;
	}

	/** A verb of the clause's own: "was", "has", "died", "works". */
	private static boolean verbInside(DocumentTokens doc, int from, int end) {
		for (int t = from; t < end; t++) {
			Token token = doc.get(t);
			if (!token.capitalized() && (RoleWords.VERBS.contains(token.lower()) || ActVerbs.past(token)
					|| token.lower().endsWith("s") && t == from)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The speech verb at {@code verb} is the sentence's own: no comma follows it, or a
	 * quotation opens right after its comma.
	 */
	private static boolean speaking(DocumentTokens doc, int verb) {
		int after = verb + 1;
		if (after >= doc.size() || doc.boundaryBefore(after) || !doc.get(after).is(",")) {
			return true;
		}
		return after + 1 < doc.size() && "\"\u201c'\u2018".contains(doc.get(after + 1).text());
	}

}
