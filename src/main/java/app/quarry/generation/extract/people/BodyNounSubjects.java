package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * "Zenith Trust published a study. The London based think tank said ...": besides
 * companies, news carries on a named charity, think tank, agency or campaign group with a
 * description of what kind of body it is. These nouns are looser than a company's ("the
 * age group", "the trust of voters"), so one is taken only as the subject that opens a
 * sentence and is followed by its verb, the place a reader expects the body just named to
 * go on speaking or acting.
 */
final class BodyNounSubjects {

	/** Kinds of body other than a company that a story describes a named one as. */
	private static final Set<String> BODY_NOUNS = NameLexicon.words("group", "charity", "agency", "organisation",
			"organization", "trust", "watchdog", "regulator", "foundation", "think-tank", "institute", "consultancy",
			"broadcaster", "network", "federation", "association", "body", "union");

	private BodyNounSubjects() {
	}

	/**
	 * Whether the word at {@code k} is the noun of a body's description opening at
	 * {@code the}: a body noun ("the Oxford-based charity"), or "tank" after "think",
	 * with the description opening its sentence and a verb right after the noun.
	 */
	static boolean nounAt(DocumentTokens doc, int the, int k) {
		String lower = doc.get(k).lower();
		boolean noun = BODY_NOUNS.contains(lower)
				|| lower.equals("tank") && k > the && doc.get(k - 1).lower().equals("think");
		if (!noun || !opensSentence(doc, the) || k + 1 >= doc.size() || doc.boundaryBefore(k + 1)) {
			return false;
		}
		for (int w = the + 1; w < k; w++) {
			if (doc.get(w).capitalized() && !placeWord(doc, w)) {
				return false; // "the Halden news agency": a name inside, no description
			}
		}
		return DescriptionsCarryingOnSubjects.verbAfter(doc, the, k + 1);
	}

	/**
	 * "London" in "the London based think tank", "British", "US": a capitalized word of a
	 * description that says where the body is, not what it is called.
	 */
	private static boolean placeWord(DocumentTokens doc, int w) {
		Token token = doc.get(w);
		return OrganisationShapes.qualifier(doc, w, w + 1) || Demonyms.is(token)
				|| OrganisationWords.PLACES.contains(token.lower())
				|| w + 1 < doc.size() && doc.get(w + 1).lower().equals("based") && !doc.boundaryBefore(w + 1);
	}

	/**
	 * Whether the description from {@code from} to {@code last} is a body's, not a
	 * company's: no word of it is a company's noun ("the maker of valves" is one).
	 */
	static boolean bodyNoun(DocumentTokens doc, int from, int last) {
		for (int k = from; k <= last; k++) {
			if (CompanyDescriptions.isCompanyNoun(doc.get(k).lower())) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The body a description opening the sentence at {@code the} carries on: the name
	 * that opens the sentence right before as its subject ("Zenith Trust published ...",
	 * "The Northgate Institute said ..."), taken by no rule for a person, when that
	 * sentence names nothing else a reader could take the description for; null
	 * otherwise.
	 */
	static String referent(DocumentTokens doc, int the, boolean[] person, boolean[] named) {
		int start = the - 1;
		while (start >= 0 && doc.sentence[start] == doc.sentence[the]) {
			start--;
		}
		if (start < 0) {
			return null;
		}
		int sentence = doc.sentence[start];
		while (start > 0 && doc.sentence[start - 1] == sentence) {
			start--;
		}
		start = afterOpeningQuote(doc, start, sentence);
		if (start < 0) {
			return null;
		}
		int first = doc.get(start).lower().equals("the") ? start + 1 : start;
		int end = first;
		while (end < doc.size() && doc.sentence[end] == sentence && doc.get(end).word() && doc.get(end).capitalized()
				&& !person[end]) {
			end++;
		}
		if (end == first || end >= doc.size() || doc.sentence[end] != sentence || person[end]
				|| !DescriptionsCarryingOnSubjects.verbAfter(doc, first, end)) {
			return null; // "Zenith's study", "Jane Roe said": no body opens it as subject
		}
		if (!organisationLike(doc, first, end, named)) {
			return null;
		}
		for (int k = end; k < doc.size() && doc.sentence[k] == sentence; k++) {
			Token token = doc.get(k);
			if (token.word() && token.capitalized() && !OrganisationWords.CALENDAR.contains(token.lower())
					&& !OrganisationWords.PLACES.contains(token.lower())) {
				return null; // "Acme criticised Zenith.": either may be the group
			}
		}
		return doc.span(first, end);
	}

	/**
	 * '"Donations are down," Zenith Trust said.': where the speaker's name stands after
	 * the quoted words a sentence opens with; {@code start} when it opens with none, -1
	 * when the quotation does not close in it.
	 */
	private static int afterOpeningQuote(DocumentTokens doc, int start, int sentence) {
		if (!QUOTES.contains(doc.get(start).text())) {
			return start;
		}
		for (int k = start + 1; k + 1 < doc.size() && doc.sentence[k + 1] == sentence; k++) {
			if (QUOTES.contains(doc.get(k).text()) && doc.get(k - 1).is(",")) {
				return k + 1;
			}
		}
		return -1;
	}

	private static final Set<String> QUOTES = Set.of("\"", "\u201c", "\u201d");

	/**
	 * A name the name reader did not take for a person's, or one whose last word says it
	 * is a body's ("Zenith Trust", "Northgate Institute"): a person's name whose given
	 * name is not known ("Piers Vole") must not be called a charity.
	 */
	private static boolean organisationLike(DocumentTokens doc, int first, int end, boolean[] named) {
		String last = doc.get(end - 1).lower();
		if (BODY_NOUNS.contains(last) || SourceSpeakers.isBody(last)
				|| OrganisationWords.companyName(doc, first, end)) {
			return true;
		}
		for (int k = first; k < end; k++) {
			if (named[k]) {
				return false;
			}
		}
		return true;
	}

	/** "The ... said", "But the ... said": the description is the sentence's subject. */
	private static boolean opensSentence(DocumentTokens doc, int the) {
		if (!doc.get(the).lower().equals("the")) {
			return false;
		}
		if (doc.startsSentence[the]) {
			return true;
		}
		for (int t = the - 1; t >= 0 && the - t <= 2; t--) {
			if (doc.startsSentence[t]) {
				return SentenceLinks.after(doc, t) == the;
			}
		}
		return false;
	}

}
