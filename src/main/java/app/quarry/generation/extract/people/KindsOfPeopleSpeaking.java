package app.quarry.generation.extract.people;

/**
 * "One witness of the harbour fire reported, “…”", "A passenger on the late ferry said
 * “…”": a speaker told only as a kind of person (no post, no body) is somebody the story
 * leaves unnamed, known by what the words after the kind tell of them. Told without the
 * article or "one", which only says the story does not name them: "witness of the harbour
 * fire". The kind alone ("One victim said") tells too little to be an answer, so the
 * words stay unattributed.
 */
final class KindsOfPeopleSpeaking {

	/** Words that tie the kind to what tells it apart: "witness of", "nurse at". */
	private static final java.util.Set<String> TIES = NameLexicon.words("of", "from", "at", "in", "on", "near",
			"inside", "aboard");

	private KindsOfPeopleSpeaking() {
	}

	/**
	 * The speaker described from {@code start} (a determiner) to {@code end}, whose kind
	 * of person is at {@code kind}; null when nothing after the kind tells them apart.
	 */
	static FoundSpeaker described(DocumentTokens doc, int start, int kind, int end) {
		if (kind + 2 >= end || !TIES.contains(doc.get(kind + 1).lower())) {
			return null;
		}
		return FoundSpeaker.of(SourceSpeakers.described(doc.span(start + 1, end)));
	}

}
