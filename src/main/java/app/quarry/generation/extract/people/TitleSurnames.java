package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * Surnames that are also titles or months: "Peter Major", "Ruth King", "Helen May". A
 * title ends the words before a name and a month marks a date, so such a word is read as
 * a surname only where nothing else can be meant: right after a known given name with
 * nothing capitalized after it ("President Jane King Roe" keeps "King" a name's word
 * anyway), or right after "Mr", "Mrs", "Ms", "Miss" or "Dr" ("Mr Major said"), or after a
 * name whose surname the document writes that way elsewhere. "King of Wessex", "Jane May
 * 5" and "the Texas Judge" stay a title, a date and a title.
 */
final class TitleSurnames {

	/** Titles and ranks that are common English surnames. */
	private static final Set<String> TITLES = NameLexicon.words("king", "major", "bishop", "prince", "judge",
			"cardinal", "marshal", "sheriff", "constable", "sergeant", "pope");

	/** Months that are surnames too. */
	private static final Set<String> MONTHS = NameLexicon.words("may", "march", "june", "august");

	/** Honorifics that stand before a surname and nothing else. */
	private static final Set<String> HONORIFICS = NameLexicon.words("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss",
			"dr", "dr.");

	private TitleSurnames() {
	}

	/**
	 * Whether the word at {@code t}, the last of a capitalized run from {@code runStart}
	 * to {@code runEnd}, is a surname though it is also a title or a month.
	 */
	static boolean at(DocumentTokens doc, int runStart, int t, int runEnd) {
		if (t != runEnd - 1 || !freeAfter(doc, runEnd)) {
			return false;
		}
		if (!wordSurname(doc.get(t).lower())) {
			// "Phillip Father": any title ending a run right after a given name the
			// public records know stands for no one after it, so it is the surname
			return t > runStart && NameLexicon.TITLES.contains(doc.get(t).lower())
					&& GivenNames.known(doc.get(t - 1).lower());
		}
		if (t > runStart && NameFinder.givenName(doc.get(t - 1))) {
			return true; // "Ruth King", "Helen May"
		}
		if (t > runStart && HONORIFICS.contains(doc.get(t - 1).lower())) {
			return true; // "Mr Major", "Mrs May"
		}
		return t > runStart && doc.get(t - 1).nameLike() && !NameLexicon.TITLES.contains(doc.get(t - 1).lower())
				&& !NameLexicon.NOT_NAMES.contains(doc.get(t - 1).lower()) && writtenAfterHonorific(doc, t);
	}

	/**
	 * "Mr King" with nothing before it: the honorific, not the title, is what stands
	 * before the surname.
	 */
	static boolean afterHonorific(DocumentTokens doc, int t) {
		return t > 0 && !doc.boundaryBefore(t) && HONORIFICS.contains(doc.get(t - 1).lower())
				&& wordSurname(doc.get(t).lower()) && freeAfter(doc, t + 1);
	}

	private static boolean wordSurname(String lower) {
		return TITLES.contains(lower) || MONTHS.contains(lower);
	}

	/**
	 * Nothing after the run that makes the word a title or a date: "of" ("King of
	 * Wessex"), a number ("May 5"), a capitalized word.
	 */
	private static boolean freeAfter(DocumentTokens doc, int runEnd) {
		if (runEnd >= doc.size() || doc.boundaryBefore(runEnd)) {
			return true;
		}
		Token next = doc.get(runEnd);
		String lower = next.lower();
		return !lower.equals("of") && !(next.word() && next.capitalized()) && !Character.isDigit(next.text().charAt(0));
	}

	/** The document writes "Mr King" or "Mrs May" elsewhere: the word is a surname. */
	private static boolean writtenAfterHonorific(DocumentTokens doc, int t) {
		String surname = doc.get(t).text();
		for (int u = 1; u < doc.size(); u++) {
			if (u != t && doc.get(u).text().equals(surname) && afterHonorific(doc, u)) {
				return true;
			}
		}
		return false;
	}

}
