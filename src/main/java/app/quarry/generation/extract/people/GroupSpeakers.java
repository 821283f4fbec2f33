package app.quarry.generation.extract.people;

/**
 * "Halden officials said", "Acme executives told analysts": a name that only qualifies
 * the plural noun after it is not who spoke; the group it qualifies is, told as the text
 * tells it.
 */
final class GroupSpeakers {

	private GroupSpeakers() {
	}

	/**
	 * The group a speech verb's subject name qualifies ("Halden officials"), or null when
	 * the name itself is the subject.
	 */
	static LocalPerson qualifiedBy(DocumentTokens doc, Mention subject, int verb) {
		int noun = subject.endToken;
		if (noun >= verb || noun >= doc.size() || doc.boundaryBefore(noun)) {
			return null;
		}
		Token token = doc.get(noun);
		String lower = token.lower();
		if (!token.word() || token.capitalized() || !lower.endsWith("s") || lower.endsWith("ss")
				|| !SourceSpeakers.speaks(lower)) {
			return null;
		}
		int v = noun + 1;
		while (v < verb && doc.get(v).word()
				&& AttributionClauses.BETWEEN_SUBJECT_AND_VERB.contains(doc.get(v).lower())) {
			v++;
		}
		return v == verb ? SourceSpeakers.described(doc.span(subject.firstToken, noun + 1)) : null;
	}

}
