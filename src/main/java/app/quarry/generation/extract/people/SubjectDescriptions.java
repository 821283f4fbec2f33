package app.quarry.generation.extract.people;

/**
 * When a company's description refers back to the subject of its own sentence: in a
 * participle clause that comments on what the subject did, not as the object of the
 * subject's own verb. Used by {@link CompanyAnaphora}.
 */
final class SubjectDescriptions {

	private SubjectDescriptions() {
	}

	/**
	 * "Garvin Foods stopped work on a plant, indicating a gloomy outlook by the snack
	 * maker": the name that opens the description's own sentence as the subject of a verb
	 * other than one of speech (speakers are mostly people), when the description stands
	 * after a preposition in the participle clause that comments on what the subject did,
	 * with no other name between. As the object of the subject's own verb a description
	 * means another company ("Garvin sued the snack maker").
	 */
	static boolean describesSubject(DocumentTokens doc, int start, int end, int at) {
		if (!doc.startsSentence[start] || doc.sentence[start] != doc.sentence[at]
				|| !CompanyAnaphora.verbAfter(doc, end) || SpeechVerbs.isSpeechVerb(doc.get(end).lower())
				|| NameLexicon.MALE_NAMES.contains(doc.get(start).lower())
				|| NameLexicon.FEMALE_NAMES.contains(doc.get(start).lower())
				|| !NameLexicon.PREPOSITIONS.contains(doc.get(at - 1).lower())) {
			return false;
		}
		boolean participle = false;
		for (int t = end; t < at; t++) {
			if (doc.get(t).capitalized()) {
				return false;
			}
			participle |= doc.get(t).is(",") && t + 1 < at && doc.get(t + 1).lower().endsWith("ing");
		}
		return participle;
	}

}
