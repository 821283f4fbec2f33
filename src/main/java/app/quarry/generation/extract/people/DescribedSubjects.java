package app.quarry.generation.extract.people;

/**
 * "Shadow sports minister Jane Roe said …", "Party spokesman Lee Quade said …": the name
 * that heads a sentence behind a bare description of its own (a few plain words, no
 * preposition, no possessive, no verb of speech), so that the sentence's subject is the
 * named person even though the name does not open it.
 */
final class DescribedSubjects {

	/** More words than this before the name are a clause of their own, not a label. */
	private static final int MAX_DESCRIPTION_WORDS = 5;

	private DescribedSubjects() {
	}

	/**
	 * The name mention right after a bare description that opens the clause, or null when
	 * anything but such a description stands before the sentence's first name.
	 */
	static Mention headedByDescription(DocumentPeople people, int clauseStart, int end) {
		DocumentTokens doc = people.doc;
		Mention first = null;
		for (Mention mention : people.mentions) {
			if (mention.firstToken >= clauseStart && mention.firstToken < end && !mention.inQuote) {
				first = mention;
				break;
			}
		}
		if (first == null || first.kind != Mention.Kind.NAME || first.person == null
				|| first.phraseStartToken <= clauseStart
				|| first.phraseStartToken - clauseStart > MAX_DESCRIPTION_WORDS) {
			return null;
		}
		for (int t = clauseStart; t < first.phraseStartToken; t++) {
			Token token = doc.get(t);
			String lower = token.lower();
			if (!token.word() || NameLexicon.PREPOSITIONS.contains(lower) || SpeechVerbs.isSpeechVerb(lower)
					|| lower.endsWith("'s") || lower.endsWith("’s") || lower.equals("and") || lower.equals("or")) {
				return null;
			}
		}
		return first;
	}

}
