package app.quarry.generation.extract.people;

/**
 * '“…,” Acme's Jane Roe said', '“…,” the union's Tom Lee told reporters': the body a
 * speaker belongs to, written as a possessive before the speaker's name. The name is the
 * speaker; the body before it only says whose the speaker is, as "of Acme" would after
 * it.
 */
final class OwnersBeforeSpeakers {

	/**
	 * Words of a body's name before its possessive mark at most: "Save the Children's".
	 */
	private static final int MAX_OWNER_WORDS = 4;

	private final DocumentPeople people;

	private final DocumentTokens doc;

	private final AttributionClauses clauses;

	OwnersBeforeSpeakers(DocumentPeople people, AttributionClauses clauses) {
		this.people = people;
		this.doc = people.doc;
		this.clauses = clauses;
	}

	/**
	 * The named speaker whose owner's possessive starts at {@code t} ("Acme's" in "Acme's
	 * Jane Roe said"), when a speech verb follows the name; else null.
	 */
	Mention at(int t) {
		int n = this.doc.size();
		int u = t;
		if (u < n && this.doc.get(u).lower().equals("the")) {
			u++; // "the union's Tom Lee"
		}
		int first = u;
		while (u < n && u < first + MAX_OWNER_WORDS && !this.doc.boundaryBefore(u) && this.doc.get(u).word()
				&& (this.doc.get(u).capitalized() || u > t)) {
			if (u + 1 < n && (this.doc.get(u + 1).is("'s") || this.doc.get(u + 1).is("’s"))) {
				return speakerAfterMark(u + 2);
			}
			if (!this.doc.get(u).capitalized()) {
				return null; // only "the union's": one lower-case noun after the article
			}
			u++;
		}
		return null;
	}

	private Mention speakerAfterMark(int t) {
		Mention named = t < this.doc.size() ? this.people.index.mentionStartingAt(t) : null;
		if (named == null || named.kind != Mention.Kind.NAME || named.person == null || !named.multiWordName()
				|| OrganisationWords.spelledAsCompany(named.person)) {
			return null;
		}
		int verb = this.clauses.verbAfter(named.endToken, this.doc.size());
		return this.clauses.reportsSpeechAt(verb) ? named : null;
	}

}
