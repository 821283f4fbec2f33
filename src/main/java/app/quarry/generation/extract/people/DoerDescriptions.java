package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * "a Toledo brake parts supplier", "a harbour fish dealer": an indefinite phrase that
 * tells someone by what she does, its last word a doer's noun and at least one word
 * before it to say which; a bare "a supplier" tells too little.
 */
final class DoerDescriptions {

	private static final Set<String> ARTICLES = NameLexicon.words("a", "an", "one");

	private DoerDescriptions() {
	}

	/**
	 * Whether the words from the article at {@code from} to {@code to} are such a phrase.
	 */
	static boolean isDoer(DocumentTokens doc, int from, int to) {
		if (to - from < 3 || !ARTICLES.contains(doc.get(from).lower())
				|| doc.get(from).capitalized() && from > 0 && !doc.boundaryBefore(from)) {
			return false;
		}
		for (int u = from + 1; u < to; u++) {
			Token token = doc.get(u);
			if (!token.word() || NameLexicon.FUNCTION_WORDS.contains(token.lower())
					|| SpeechVerbs.isSpeechVerb(token.lower())) {
				return false;
			}
		}
		Token head = doc.get(to - 1);
		return !head.capitalized() && isDoerNoun(head.lower());
	}

	/**
	 * "dealer", "supplier", "trader": a noun of what someone does; after "a" and words
	 * that say which, whoever it is, the text calls the speaker so.
	 */
	static boolean isDoerNoun(String lower) {
		return AgentNouns.isAgent(lower) || MakersOf.takesGoods(lower);
	}

}
