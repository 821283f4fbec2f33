package app.quarry.generation.extract.people;

/**
 * "according to the Gazette, former mayor Roe's “war on poverty”", "Jane Doe's “big
 * society”": a few quoted words a named person owns are that person's label for
 * something, a phrase the narration names, not words the sentence's source said.
 */
final class OwnedPhrases {

	/** At most this many words read as a label; more make a clause someone said. */
	private static final int MAX_LABEL_WORDS = 4;

	private OwnedPhrases() {
	}

	static boolean owned(DocumentPeople people, AttributionClauses clauses, QuotedSpan span) {
		DocumentTokens doc = people.doc;
		int open = doc.tokenAt(span.start());
		if (!span.closed() || open < 2 || doc.boundaryBefore(open) || !NameFinder.isPossessiveMark(doc.get(open - 1))) {
			return false;
		}
		// only a person named as the owner: "the council's “shameful neglect”" after
		// "Roe described …" is Roe's judgement of the council
		Mention owner = people.index.mentionEndingAt(open - 2);
		if (owner == null || owner.person.described) {
			return false;
		}
		int first = doc.tokenAt(span.innerStart());
		int end = doc.tokenAt(span.innerEnd());
		for (int t = first; t < end; t++) {
			if (t > first && doc.boundaryBefore(t)) {
				return false; // a sentence of its own inside the marks
			}
		}
		return clauses.wordsBetween(first, end) <= MAX_LABEL_WORDS;
	}

}
