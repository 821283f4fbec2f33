package app.quarry.generation.extract.people;

/**
 * "Jane Roe, a former Derby student and co-chair of the North Riding Club, said: “…”": a
 * name that closes a description set off after another name is what the description tells
 * of ("of the North Riding Club"), and the speech verb after the closing comma is the
 * named person's, whose description it is.
 */
final class AppositionHeads {

	private AppositionHeads() {
	}

	/**
	 * Whether the person a full name was read as is known by that name: "Ann Roe" read as
	 * the person the document calls "Tom Roe" is a guess between two relatives.
	 */
	static boolean knownByThisName(Mention head) {
		String name = head.person.name();
		return name == null || !head.multiWordName() || name.equals(head.surface) || !name.contains(" ");
	}

	/**
	 * The named person a description ending in {@code subject} is set off after, or null
	 * when the subject does not end such a description.
	 */
	static Mention headOf(DocumentPeople people, Mention subject) {
		DocumentTokens doc = people.doc;
		if (subject == null || subject.kind != Mention.Kind.NAME || subject.endToken >= doc.size()
				|| !doc.get(subject.endToken).is(",")) {
			return null;
		}
		// walk back over the capitalised words and article of the object's own name (a
		// title read into the phrase, "leader of the North", is not the name's)
		int t = subject.firstToken - 1;
		while (t > 0 && !doc.boundaryBefore(t + 1)
				&& (doc.get(t).capitalized() && doc.get(t).word() || doc.get(t).lower().equals("the"))) {
			t--;
		}
		if (t <= 0 || doc.boundaryBefore(t + 1) || doc.get(t).lower().equals("by")
				|| !NameLexicon.PREPOSITIONS.contains(doc.get(t).lower()) || doc.get(t).capitalized()) {
			return null;
		}
		// the description runs back to a comma right after a named person, with no verb
		// or quotation in it
		return namedPersonBeforeComma(people, t - 1, subject);
	}

	/**
	 * The named person whose comma a description opens at, walking back from {@code from}
	 * within the sentence of {@code described}: a quotation mark, a colon or a speech
	 * verb on the way means the words are no description of anyone; null when none is
	 * found.
	 */
	static Mention namedPersonBeforeComma(DocumentPeople people, int from, Mention described) {
		DocumentTokens doc = people.doc;
		for (int c = from; c > 0 && doc.sentence[c] == described.sentence; c--) {
			Token token = doc.get(c);
			if (token.is("\"") || token.is("“") || token.is("”") || token.is(":") || token.is(";")
					|| SpeechVerbs.isSpeechVerb(token.lower())) {
				return null;
			}
			if (token.is(",")) {
				Mention head = people.index.mentionEndingAt(c - 1);
				return head != null && head.kind == Mention.Kind.NAME && head.person != null
						&& head.person != described.person && !head.person.described ? head : null;
			}
		}
		return null;
	}

}
