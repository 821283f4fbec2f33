package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * What the capitalized runs before a company description are, for
 * {@link CompanyReferents}: a person's affiliation, a date, an initial, a name that goes
 * on past "and" or a possessive, or no company at all.
 */
final class ReferentRuns {

	private static final Set<String> AFFILIATIONS = NameLexicon.words("of", "at", "with", "for", "from");

	private ReferentRuns() {
	}

	/**
	 * A person, a place or its people, a date, a qualifier, an honorific, a class of
	 * shares, or a sentence's capitalized first function word.
	 */
	static boolean other(DocumentTokens doc, int start, int end, boolean[] person) {
		String lower = doc.get(start).lower();
		boolean companyName = OrganisationWords.companyName(doc, start, end);
		return NameLexicon.FUNCTION_WORDS.contains(lower) || NameLexicon.HONORIFICS.contains(lower)
				|| ShareClasses.at(doc, start, end) || anyOf(person, start, end) && !companyName
				|| OrganisationNameRuns.placeOrPeople(doc, start, end) || OrganisationShapes.qualifier(doc, start, end)
				|| calendar(doc, start, end) || end == start + 1 && doc.startsSentence[start] && !companyName
						&& !PartOfSpeech.isProperNounAtSentenceStart(doc, start, end);
	}

	/** "T.": an initial, no name of its own. */
	static boolean initial(Token token) {
		String text = token.text();
		return text.length() == 2 && text.charAt(1) == '.';
	}

	/** "AT and T", "Procter and Gamble": a name that goes on past "and". */
	static boolean joinedByAnd(DocumentTokens doc, int end) {
		return end + 1 < doc.size() && (doc.get(end).lower().equals("and") || doc.get(end).is("&"))
				&& doc.get(end + 1).capitalized() && !doc.boundaryBefore(end + 1);
	}

	/**
	 * "Hudson's Bay Co.": a possessive inside a company's name, which the run of capitals
	 * stops at; the end of the whole name, or {@code end}.
	 */
	static int possessiveNameEnd(DocumentTokens doc, int end) {
		if (end + 1 >= doc.size() || !NameFinder.isPossessiveMark(doc.get(end)) || !doc.get(end + 1).capitalized()) {
			return end;
		}
		int after = OrganisationWords.withAbbreviationPeriod(doc, OrganisationNameRuns.runEnd(doc, end + 1));
		return OrganisationWords.companyName(doc, end, after) ? after : end;
	}

	/** "Ann Lee of Tellwin Co.", "an analyst at Tellwin Co.": a person's organisation. */
	static boolean affiliation(DocumentTokens doc, int start, boolean[] person, boolean[] named) {
		if (start < 2 || doc.boundaryBefore(start) || !AFFILIATIONS.contains(doc.get(start - 1).lower())) {
			return false;
		}
		int before = start - 2;
		return person[before] || named[before] || NameLexicon.isRoleNoun(doc.get(before).lower());
	}

	/** "October", "Friday", "Oct. 5": a date's words, not a company's. */
	static boolean calendar(DocumentTokens doc, int from, int to) {
		for (int t = from; t < to; t++) {
			if (OrganisationWords.CALENDAR.contains(doc.get(t).lower()) || MonthAbbreviations.at(doc, t)) {
				return true;
			}
		}
		return false;
	}

	static boolean anyOf(boolean[] marks, int from, int to) {
		for (int t = from; t < to; t++) {
			if (marks[t]) {
				return true;
			}
		}
		return false;
	}

}
