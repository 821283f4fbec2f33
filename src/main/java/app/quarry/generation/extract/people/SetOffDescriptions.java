package app.quarry.generation.extract.people;

/**
 * "Roe, Republican from Ohio, issued …", "Roe, a member of the panel, said …": a short
 * description set off by commas between a name and its verb. Its end is where the verb's
 * search goes on; a list of names ("Roe, Doe and Poe said") is no description.
 */
final class SetOffDescriptions {

	/** Words a set-off description holds at most. */
	private static final int MAX_WORDS = 8;

	private SetOffDescriptions() {
	}

	/**
	 * The token after the comma closing a description that opens with a comma at
	 * {@code comma}, or -1 when none closes there.
	 */
	static int after(DocumentPeople people, int comma, int limit) {
		DocumentTokens doc = people.doc;
		if (comma + 2 >= limit || !doc.get(comma).is(",") || people.index.mentionStartingAt(comma + 1) != null
				&& people.index.mentionStartingAt(comma + 1).kind == Mention.Kind.NAME) {
			return -1;
		}
		for (int t = comma + 1; t < limit && t <= comma + MAX_WORDS + 1; t++) {
			if (doc.boundaryBefore(t) || doc.get(t).is("\"") || doc.get(t).is("“") || doc.get(t).is("”")
					|| doc.get(t).lower().equals("and") || doc.get(t).lower().equals("or")) {
				return -1;
			}
			if (doc.get(t).is(",")) {
				return t > comma + 1 && t + 1 < limit ? t + 1 : -1;
			}
		}
		return -1;
	}

}
