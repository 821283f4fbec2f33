package app.quarry.generation.extract.people;

/**
 * "Jim Lee of the British sailing club, Harbour Blue, said: “…”", "Anna Berg, of the
 * local farmers' union, Green Fields, said": a body's name set off after the noun for its
 * kind, in the phrase that tells whom a named person speaks for. The speech verb after it
 * is the person's; the body only says where the person comes from.
 */
final class KindsSetOffAfterSpeakers {

	/** How many words the kind may take between "of the" and its comma. */
	private static final int MAX_KIND_WORDS = 6;

	private KindsSetOffAfterSpeakers() {
	}

	/**
	 * The named person whose "of the &lt;kind&gt;," phrase the {@code subject} closes, or
	 * null.
	 */
	static Mention headOf(DocumentPeople people, Mention subject) {
		DocumentTokens doc = people.doc;
		if (subject == null || subject.kind != Mention.Kind.NAME || subject.endToken >= doc.size()
				|| !doc.get(subject.endToken).is(",")) {
			return null;
		}
		Mention head = headBefore(people, subject.firstToken);
		return head != null && head.person != subject.person ? head : null;
	}

	/**
	 * The same for a body's name the text has not read as anyone's ("…, Greywall, said"),
	 * from the speech verb after its closing comma.
	 */
	static Mention headBeforeVerb(DocumentPeople people, int verb) {
		DocumentTokens doc = people.doc;
		int t = verb - 1;
		if (t < 1 || !doc.get(t).is(",") || doc.boundaryBefore(verb)) {
			return null;
		}
		int start = t;
		while (start - 1 > 0 && !doc.boundaryBefore(start) && doc.get(start - 1).word()
				&& doc.get(start - 1).capitalized()) {
			start--;
		}
		return start < t ? headBefore(people, start) : null;
	}

	/**
	 * The person before "of the &lt;kind&gt;," when a body's name starts at {@code name}.
	 */
	private static Mention headBefore(DocumentPeople people, int name) {
		DocumentTokens doc = people.doc;
		int comma = name - 1;
		if (comma < 2 || !doc.get(comma).is(",") || doc.boundaryBefore(comma + 1)) {
			return null;
		}
		int t = comma - 1;
		boolean kindNoun = false;
		int words = 0;
		while (t > 0 && !doc.boundaryBefore(t + 1) && doc.get(t).word() && words < MAX_KIND_WORDS) {
			String lower = doc.get(t).lower();
			if (NameLexicon.PREPOSITIONS.contains(lower)) {
				break;
			}
			if (lower.endsWith("ed") || SpeechVerbs.isSpeechVerb(lower)) {
				return null; // a verb: a clause of its own, not a kind
			}
			kindNoun |= !doc.get(t).capitalized() && !SourceSpeakers.ARTICLES.contains(lower);
			words++;
			t--;
		}
		if (!kindNoun || t <= 0 || doc.boundaryBefore(t + 1) || !doc.get(t).lower().equals("of")
				|| !SourceSpeakers.ARTICLES.contains(doc.get(t + 1).lower())) {
			return null;
		}
		int before = doc.get(t - 1).is(",") ? t - 2 : t - 1;
		Mention head = before >= 0 ? people.index.mentionEndingAt(before) : null;
		return head != null && head.kind == Mention.Kind.NAME && head.person != null && !head.person.described ? head
				: null;
	}

}
