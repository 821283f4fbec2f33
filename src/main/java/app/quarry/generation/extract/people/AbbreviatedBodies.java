package app.quarry.generation.extract.people;

/**
 * An organisation told only by its abbreviation: "the UAW issued a statement", "“…,” GM
 * said in a statement". A word of two to six capitals and nothing else is a body's
 * initials, never a person's name, so as a speech verb's subject it speaks for that body.
 */
final class AbbreviatedBodies {

	private static final int MIN_LETTERS = 2;

	private static final int MAX_LETTERS = 6;

	private AbbreviatedBodies() {
	}

	/** Whether the token is an abbreviation in capitals: "GM", "NATO". */
	static boolean at(DocumentTokens doc, int t) {
		if (t < 0 || t >= doc.size() || !doc.get(t).word()) {
			return false;
		}
		String text = doc.get(t).text();
		return text.length() >= MIN_LETTERS && text.length() <= MAX_LETTERS
				&& text.chars().allMatch(c -> c >= 'A' && c <= 'Z');
	}

	/**
	 * '“…,” GM said', '“…,” the UAW said': the body whose initials (with or without their
	 * article) stand right before a speech verb, else null.
	 */
	static LocalPerson subjectBeforeVerb(DocumentTokens doc, int t) {
		if (t >= doc.size() || doc.boundaryBefore(t)) {
			return null; // '“…” The FBI continues to …': a sentence of its own, not the
							// quote's
		}
		int initials = doc.get(t).word() && doc.get(t).lower().equals("the") ? t + 1 : t;
		if (!at(doc, initials) || initials + 1 >= doc.size() || doc.boundaryBefore(initials + 1)
				|| !SpeechVerbs.isSpeechVerb(doc.get(initials + 1).lower())) {
			return null;
		}
		return named(doc, initials);
	}

	/**
	 * '“…,” said GM.', '“…”, added the UAW, …': the body whose initials (with or without
	 * their article) close the tag after a speech verb, else null. Initials followed by
	 * more of a name ("said UN envoy Jane Roe", "said GM's chief") name someone else.
	 */
	static LocalPerson afterVerb(DocumentTokens doc, int t) {
		if (t >= doc.size() || doc.boundaryBefore(t)) {
			return null;
		}
		int initials = doc.get(t).word() && doc.get(t).lower().equals("the") ? t + 1 : t;
		if (!at(doc, initials) || initials > t && doc.boundaryBefore(initials)) {
			return null;
		}
		int next = initials + 1;
		boolean closesTag = next >= doc.size() || doc.boundaryBefore(next) || doc.get(next).is(",")
				|| doc.get(next).is(".") || doc.get(next).is(";");
		return closesTag ? named(doc, initials) : null;
	}

	/** The body the initials at {@code t} stand for, told by them: "GM". */
	static LocalPerson named(DocumentTokens doc, int t) {
		String name = doc.get(t).text();
		LocalPerson body = new LocalPerson(NameKey.of(name), name);
		body.addSpelling(name);
		body.described = true; // no "he" or "she" stands for it
		return body;
	}

}
