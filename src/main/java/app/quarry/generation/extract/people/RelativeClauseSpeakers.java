package app.quarry.generation.extract.people;

/**
 * "Roe was backed by Jane Doe, who said: “…”", "Roe praised the architect, Tom Lee, who
 * said …": a speech verb whose subject is a "who" set off after a name belongs to that
 * name, whoever the main clause is about.
 */
final class RelativeClauseSpeakers {

	private RelativeClauseSpeakers() {
	}

	/**
	 * The name a "who" right before the speech verb stands for, or null when the verb has
	 * no such subject or the name cannot be told ("the wife of Roe, who said": the wife
	 * may be meant).
	 */
	static Mention antecedent(DocumentPeople people, int verb) {
		DocumentTokens doc = people.doc;
		int who = verb - 1;
		while (who > 0 && doc.get(who).word()
				&& AttributionClauses.BETWEEN_SUBJECT_AND_VERB.contains(doc.get(who).lower())) {
			who--;
		}
		if (who < 2 || !doc.get(who).lower().equals("who") || !doc.get(who - 1).is(",") || doc.boundaryBefore(who)) {
			return null;
		}
		int comma = who - 1;
		for (Mention mention : people.mentions) {
			if (mention.firstToken >= comma) {
				break;
			}
			boolean setOff = mention.endToken == comma || mention.appositionEndToken == comma;
			if (setOff && !mention.inQuote && !mention.possessive && mention.person != null
					&& !afterPreposition(doc, mention)) {
				return mention;
			}
		}
		return null;
	}

	/** "with Roe", "of Roe": a name some other noun is told of; "by Roe" names a doer. */
	private static boolean afterPreposition(DocumentTokens doc, Mention mention) {
		int before = mention.phraseStartToken - 1;
		if (before < 0 || doc.boundaryBefore(mention.phraseStartToken)) {
			return false;
		}
		String lower = doc.get(before).lower();
		return !lower.equals("by") && NameLexicon.PREPOSITIONS.contains(lower);
	}

}
