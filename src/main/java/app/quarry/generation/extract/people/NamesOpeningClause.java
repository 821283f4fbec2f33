package app.quarry.generation.extract.people;

/**
 * A name that is its sentence's subject: it opens the sentence, or follows the comma of a
 * short opening phrase ("In Lisbon, Jane Roe ...", "Writing in a column, Jane Roe ...").
 * Words right after such a name describe it, where after a name inside a clause they may
 * belong to a verb's object.
 */
final class NamesOpeningClause {

	private static final int MAX_PARTICIPLE_PHRASE_TOKENS = 8;

	private NamesOpeningClause() {
	}

	static boolean opensClause(DocumentTokens doc, Mention name) {
		int start = name.phraseStartToken;
		if (start == 0 || doc.boundaryBefore(start)) {
			return true;
		}
		int comma = start - 1;
		return doc.get(comma).is(",")
				&& (OpeningPhraseCommas.closesOpening(doc, comma) || participleOpening(doc, comma));
	}

	/**
	 * "Writing in a column, ...", "Speaking on radio, ...": a sentence opening on a
	 * participle phrase of a few lower-case words, whose comma the subject follows.
	 */
	private static boolean participleOpening(DocumentTokens doc, int comma) {
		int start = comma - 1;
		while (start > 0 && !doc.boundaryBefore(start) && comma - start <= MAX_PARTICIPLE_PHRASE_TOKENS) {
			start--;
		}
		if (!doc.boundaryBefore(start) || start >= comma) {
			return false;
		}
		Token first = doc.get(start);
		if (!first.word() || !first.lower().endsWith("ing") || first.lower().length() < 6) {
			return false;
		}
		for (int t = start + 1; t < comma; t++) {
			Token token = doc.get(t);
			if (!token.word() || token.capitalized() && !NameLexicon.FUNCTION_WORDS.contains(token.lower())) {
				return false;
			}
		}
		return true;
	}

}
