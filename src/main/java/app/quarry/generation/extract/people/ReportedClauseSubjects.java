package app.quarry.generation.extract.people;

/**
 * "Jane Roe has said that Tom Lee should resign.": a name opening the clause a speech
 * verb reports is the subject of what was said, not of the sentence; the one who said it
 * stays in focus, so a "he" or "she" after it may stand for either.
 */
final class ReportedClauseSubjects {

	/**
	 * How many words may stand between the speech verb and "that" ("said on Monday
	 * that").
	 */
	private static final int VERB_TO_THAT_WORDS = 4;

	private ReportedClauseSubjects() {
	}

	static boolean reported(DocumentTokens doc, Mention name) {
		int before = name.phraseStartToken - 1;
		if (before < 1 || doc.boundaryBefore(before + 1) || !doc.get(before).lower().equals("that")) {
			return false;
		}
		for (int t = before - 1; t >= 0 && before - t <= VERB_TO_THAT_WORDS && !doc.boundaryBefore(t + 1); t--) {
			Token token = doc.get(t);
			if (!token.word()) {
				return false;
			}
			if (SpeechVerbs.isSpeechVerb(token.lower()) && !SpeechVerbs.isParticiple(token.lower())) {
				return true;
			}
		}
		return false;
	}

}
