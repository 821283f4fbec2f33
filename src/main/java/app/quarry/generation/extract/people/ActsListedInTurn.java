package app.quarry.generation.extract.people;

/**
 * A sentence that lists who did what, one short clause each, set off by commas: "Jane Roe
 * built the frame, Tom Vane wrote the software, and Ann Lee tested the brakes." Each
 * clause states its act as plainly as a sentence of its own would, though names stand
 * before it in the sentence. The list shows itself by a second clause of the same shape:
 * a name right after a comma, then a past tense.
 */
final class ActsListedInTurn {

	/** Words of a name run: "Jane Roe", "Ann de Wit". */
	private static final int MAX_NAME_TOKENS = 4;

	private ActsListedInTurn() {
	}

	/**
	 * Whether the clause of {@code name} is one of a list of acts: it opens after a comma
	 * (or a comma and "and") with the name and a past tense, and another clause of the
	 * sentence does the same.
	 */
	static boolean listed(DocumentTokens doc, Mention name) {
		int start = name.firstToken;
		if (name.phraseStartToken != start || !opensListedAct(doc, start)) {
			return false;
		}
		int sentence = doc.sentence[start];
		int from = start;
		while (from > 0 && doc.sentence[from - 1] == sentence) {
			from--;
		}
		for (int t = from; t < doc.size() && doc.sentence[t] == sentence; t++) {
			if (t != start && opensListedAct(doc, t)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A clause opening at {@code t} after a comma, or a comma and "and": a capitalized
	 * name of a few words, then a past tense that states an act.
	 */
	private static boolean opensListedAct(DocumentTokens doc, int t) {
		if (t < 2 || doc.boundaryBefore(t) || !doc.get(t).capitalized() || !afterComma(doc, t)) {
			return false;
		}
		int verb = t;
		while (verb < doc.size() && verb - t < MAX_NAME_TOKENS && !doc.boundaryBefore(verb) && doc.get(verb).word()
				&& doc.get(verb).capitalized()) {
			verb++;
		}
		return verb - t >= 2 && verb < doc.size() && !doc.boundaryBefore(verb) && ActVerbs.pastAt(doc, verb);
	}

	private static boolean afterComma(DocumentTokens doc, int t) {
		if (doc.get(t - 1).is(",")) {
			return true;
		}
		return doc.get(t - 1).lower().equals("and") && !doc.boundaryBefore(t - 1) && doc.get(t - 2).is(",");
	}

}
