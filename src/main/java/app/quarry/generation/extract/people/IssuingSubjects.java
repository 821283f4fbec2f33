package app.quarry.generation.extract.people;

/**
 * Who put a document out: the subject of "issued", "released" or "announced" in "the
 * ministry on Sunday issued new rules", read for {@link DocumentVoices}.
 */
final class IssuingSubjects {

	private final DocumentPeople people;

	private final DocumentTokens doc;

	private final SourceSpeakers sources;

	private final AttributionClauses clauses;

	IssuingSubjects(DocumentPeople people, SourceSpeakers sources, AttributionClauses clauses) {
		this.people = people;
		this.doc = people.doc;
		this.sources = sources;
		this.clauses = clauses;
	}

	/**
	 * The person or body right before the verb, past when it acted ("the ministry on
	 * Sunday issued"): a person's mention, a name ("The Interior Ministry", "Acme Corp.")
	 * or an article and a body ("the ministry").
	 */
	LocalPerson subjectOf(int verb) {
		int sentence = this.doc.sentence[verb];
		int floor = verb;
		while (floor > 0 && this.doc.sentence[floor - 1] == sentence) {
			floor--;
		}
		int v = this.clauses.timeOfSayingStart(floor, verb);
		while (v > floor && this.doc.get(v - 1).word()
				&& AttributionClauses.BETWEEN_SUBJECT_AND_VERB.contains(this.doc.get(v - 1).lower())) {
			v--;
		}
		if (v <= floor) {
			return null;
		}
		Mention person = this.people.index.mentionEndingAt(v - 1);
		if (person != null && person.person != null && !person.inQuote && !person.possessive) {
			return person.person;
		}
		int first = v - 1;
		if (this.doc.get(first).is(".") && first > floor) {
			first--; // "Acme Corp. issued"
		}
		while (first > floor && (this.doc.get(first - 1).capitalized()
				|| SourceSpeakers.NAME_LINKS.contains(this.doc.get(first - 1).lower()))) {
			first--;
		}
		if (!this.doc.get(first).word()) {
			return null;
		}
		if (this.doc.get(first).capitalized() && !SourceSpeakers.ARTICLES.contains(this.doc.get(first).lower())
				&& first > floor && SourceSpeakers.ARTICLES.contains(this.doc.get(first - 1).lower())) {
			first--; // "the State Department"
		}
		boolean opens = first == floor || this.doc.get(first - 1).is(",") || ownerOpens(floor, first);
		if (!opens) {
			return null;
		}
		if (this.doc.get(v - 1).capitalized() || this.doc.get(v - 1).is(".")) {
			return named(first, v);
		}
		// "the ministry issued": an article and a body
		return v - first == 2 && SourceSpeakers.ARTICLES.contains(this.doc.get(first).lower())
				&& SourceSpeakers.speaks(this.doc.get(v - 1).lower())
						? SourceSpeakers.described(this.doc.span(first, v)) : null;
	}

	/**
	 * "Norland's Transport Ministry issued": a name that owns the body, opening the
	 * clause, leaves the body the subject; the body is told by its own name.
	 */
	private boolean ownerOpens(int floor, int first) {
		int mark = first - 1;
		if (mark <= floor || !this.doc.get(first).capitalized() || !NameFinder.isPossessiveMark(this.doc.get(mark))) {
			return false;
		}
		int owner = mark - 1;
		while (owner > floor && this.doc.get(owner - 1).capitalized()) {
			owner--;
		}
		return this.doc.get(owner).capitalized() && (owner == floor || this.doc.get(owner - 1).is(","));
	}

	/**
	 * The name from {@code first} to {@code end} and no further: "the Foreign Office" in
	 * "the Foreign Office on Sunday issued", where the name would run on into the day.
	 */
	private LocalPerson named(int first, int end) {
		int start = SourceSpeakers.ARTICLES.contains(this.doc.get(first).lower()) ? first + 1 : first;
		if (this.sources.nameEnd(start) <= end) {
			return this.sources.namedAt(first);
		}
		if (start > first) {
			// "the Interior Ministry" names a body, as SourceSpeakers reads it
			return SourceSpeakers.speaks(this.doc.get(end - 1).lower())
					? SourceSpeakers.described(this.doc.span(first, end)) : null;
		}
		String name = this.doc.span(start, end);
		LocalPerson organisation = new LocalPerson(NameKey.of(name), name);
		organisation.addSpelling(name);
		organisation.described = true; // no "he" or "she" stands for it
		return organisation;
	}

}
