package app.quarry.generation.extract.people;

/**
 * 'Mr Roe said the plan would fail. “…,” the Courier editor told a radio station.': a
 * speaker described with "the", right after a sentence whose subject is a named person,
 * most often is that person again, called by a role the text gives them ("the
 * 45-year-old", "the former minister"), which it may never have tied to the name. The
 * description is then no answer of its own, and the name is not sure enough to give: the
 * words are left without a speaker.
 */
final class NamedSpeakerBeforeDescription {

	private NamedSpeakerBeforeDescription() {
	}

	/**
	 * Whether the description opening at {@code from} is a definite one and a named
	 * person is the subject of a clause in its own sentence before it or in the sentence
	 * before that.
	 */
	static boolean mayBeNamedOne(DocumentPeople people, int from) {
		DocumentTokens doc = people.doc;
		if (from >= doc.size() || !doc.get(from).lower().equals("the")) {
			return false;
		}
		int sentence = doc.sentence[from];
		for (Mention mention : people.mentions) {
			if (mention.firstToken >= from) {
				break;
			}
			int distance = sentence - doc.sentence[mention.firstToken];
			if (distance <= 1 && mention.kind == Mention.Kind.NAME && mention.subject && !mention.inQuote
					&& !mention.possessive && mention.person != null && !mention.person.described) {
				return true;
			}
		}
		return false;
	}

}
