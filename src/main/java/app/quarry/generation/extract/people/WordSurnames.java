package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * Surnames that are also words of an organisation's or a building's name: "Jim Press",
 * "Ann Hall", "Tom Church". Read as a surname only after a known given name and where the
 * sentence speaks of a person: a title or employer before the name ("chairman of Acme LLC
 * Jim Press"), a speech verb next to it ("said Jim Press"), or a description set off
 * after it ("Jim Press, the vice chairman"). "at Albert Hall", "the Grace Church" stay
 * places.
 */
final class WordSurnames {

	/**
	 * Words of organisations', places' and dates' names that are also common surnames:
	 * "Ann Hall", "Tom West", "Jo Day", "George Washington".
	 */
	private static final Set<String> SURNAMES = NameLexicon.words("press", "hall", "church", "law", "bank", "east",
			"west", "north", "south", "day", "dear", "street", "court", "post", "guard", "washington", "london",
			"paris", "christmas");

	private static final Set<String> SPEECH_VERBS = NameLexicon.words("said", "says", "told", "added", "explained",
			"noted", "asked", "wrote", "stated", "according");

	/** Words before a place's name: "at", "the", "in". */
	private static final Set<String> PLACE_WORDS = NameLexicon.words("the", "a", "an", "at", "in", "on", "of", "from",
			"to", "into", "near", "outside", "inside", "along", "across", "through", "via", "toward", "towards",
			"behind", "beside", "opposite", "around", "past", "within");

	private WordSurnames() {
	}

	/**
	 * Whether the run's last word {@code t} is a surname after the given name that opens
	 * the name at {@code nameStart}.
	 */
	static boolean surnameAfterGivenName(DocumentTokens doc, int runStart, int nameStart, int t, int runEnd) {
		// "Mara Paris, a Danish woman": any given name on the public list, not
		// only the hand-kept ones, opens such a name; the person cues below still decide
		if (t != runEnd - 1 || t != nameStart + 1 || !SURNAMES.contains(doc.get(t).lower())
				|| !NameFinder.givenName(doc.get(nameStart)) && !GivenNames.known(doc.get(nameStart).lower())) {
			return false;
		}
		boolean joinedBefore = nameStart > 0 && !doc.boundaryBefore(nameStart);
		if (joinedBefore && nameStart == runStart && PLACE_WORDS.contains(doc.get(nameStart - 1).lower())) {
			return false;
		}
		return joinedBefore && (personBefore(doc.get(nameStart - 1))
				|| nameStart > runStart && employerBefore(doc.get(nameStart - 1))) || personAfter(doc, runEnd);
	}

	/**
	 * "said Hall": the surname alone, once the document has named the person in full
	 * ("said Ann Hall, the treasurer").
	 */
	static boolean surnameOfNamedPerson(DocumentTokens doc, int t, int runEnd) {
		if (runEnd != t + 1 || !SURNAMES.contains(doc.get(t).lower())
				|| t > 0 && !doc.boundaryBefore(t) && PLACE_WORDS.contains(doc.get(t - 1).lower())) {
			return false;
		}
		for (int u = 1; u < t; u++) {
			if (doc.get(u).text().equals(doc.get(t).text()) && !doc.boundaryBefore(u)
					&& (u + 1 >= doc.size() || doc.boundaryBefore(u + 1) || !doc.get(u + 1).capitalized())
					&& surnameAfterGivenName(doc, runStart(doc, u - 1), u - 1, u, u + 1)) {
				return true;
			}
		}
		return false;
	}

	private static int runStart(DocumentTokens doc, int t) {
		int start = t;
		while (start > 0 && !doc.boundaryBefore(start) && doc.get(start - 1).capitalized()) {
			start--;
		}
		return start;
	}

	/** "Acme LLC Jim Press", "IBM Jim Press": a company's name run into the person's. */
	private static boolean employerBefore(Token before) {
		String text = before.text();
		return OrganisationWords.COMPANY_SUFFIXES.contains(before.lower())
				|| text.length() > 1 && text.chars().allMatch(Character::isUpperCase);
	}

	private static boolean personBefore(Token before) {
		// "illustrator Jo Christmas": a noun for a kind of person says who follows
		return SPEECH_VERBS.contains(before.lower()) || NameLexicon.isRoleNoun(before.lower())
				|| NameLexicon.TITLES.contains(before.lower())
				|| !before.capitalized() && PersonNounLexicon.contains(before.lower());
	}

	/**
	 * "George Washington was the first president": a copula that gives the name a role
	 * makes it a person's.
	 */
	private static boolean copulaGivingRole(DocumentTokens doc, int t) {
		int article = t + 1;
		return article + 1 < doc.size() && RoleWords.COPULAS.contains(doc.get(t).lower())
				&& RoleWords.ARTICLES.contains(doc.get(article).lower()) && !doc.boundaryBefore(article)
				&& RoleWords.roleWordNearStart(doc, article + 1, Math.min(doc.size(), article + 5));
	}

	private static boolean personAfter(DocumentTokens doc, int runEnd) {
		if (runEnd >= doc.size()) {
			return false;
		}
		if (SPEECH_VERBS.contains(doc.get(runEnd).lower()) || copulaGivingRole(doc, runEnd)) {
			return true;
		}
		if (!doc.get(runEnd).is(",") || runEnd + 1 >= doc.size()) {
			return false;
		}
		String next = doc.get(runEnd + 1).lower();
		// "Tom West, council leader, said": a post without an article is one too
		return next.equals("the") || next.equals("a") || next.equals("an") || next.equals("who")
				|| NameLexicon.isRoleNoun(next) || BarePosts.opensAt(doc, runEnd + 1);
	}

}
