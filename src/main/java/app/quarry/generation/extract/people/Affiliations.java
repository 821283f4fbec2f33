package app.quarry.generation.extract.people;

/**
 * Where a quoted or reported person comes from, written right after the name: "said Mike
 * Gikas of Consumer Reports", "Jane Roe of the Riverside Trust said". The text does not
 * say whether that is an employer or a home town, so the role says only "someone from"
 * it.
 */
final class Affiliations {

	private static final int MAX_ORGANISATION_TOKENS = 5;

	/** What a role of this shape starts with, for the question writer to recognise. */
	static final String SOMEONE_FROM = "someone from ";

	private Affiliations() {
	}

	static void find(DocumentTokens doc, Mention name) {
		int of = name.endToken;
		if (!name.multiWordName() || of + 1 >= doc.size() || doc.boundaryBefore(of + 1)
				|| !doc.get(of).lower().equals("of")) {
			return;
		}
		int first = of + 1;
		if (doc.get(first).lower().equals("the") && first + 1 < doc.size() && !doc.boundaryBefore(first + 1)) {
			first++;
		}
		int end = first;
		while (end < doc.size() && end - first < MAX_ORGANISATION_TOKENS && !doc.boundaryBefore(end)
				&& (doc.get(end).capitalized() && !NameFinder.isPossessiveMark(doc.get(end)) || doc.get(end).is("&"))) {
			end++;
		}
		if (end == first || end - first >= MAX_ORGANISATION_TOKENS
				|| OrganisationFinder.placeOrPeople(doc, first, end)) {
			return;
		}
		boolean closed = end >= doc.size() || doc.boundaryBefore(end) || doc.get(end).is(",") || doc.get(end).is(".");
		boolean speechAfter = end < doc.size() && !doc.boundaryBefore(end)
				&& SpeechVerbs.isSpeechVerb(doc.get(end).lower());
		int before = name.phraseStartToken - 1;
		boolean speechBefore = before >= 0 && !doc.boundaryBefore(name.phraseStartToken)
				&& SpeechVerbs.isSpeechVerb(doc.get(before).lower()) && closed;
		if (!speechBefore && !speechAfter) {
			return;
		}
		String affiliation = SOMEONE_FROM + doc.span(of + 1, end);
		name.appositionEndToken = end;
		name.appositionRole = affiliation;
		name.role = name.role == null ? affiliation : name.role;
	}

}
