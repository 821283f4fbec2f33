package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * People listed as the members of a side a named body puts out: "Halden Rovers fielded a
 * young side, including Tom Bell and Karl Benson", "Westria's squad has three players who
 * were at the last Games: Tom Bell, Karl Benson and Mark Lund". The body opens the
 * sentence, a noun for a side follows it, and the list comes after "including" or a
 * colon; each person listed is someone from the body. A list of a company's customers or
 * a court's defendants names no side, and gives nothing.
 */
final class MembersOfANamedSide {

	/** Nouns for the people a body puts out to play or compete for it. */
	private static final Set<String> SIDES = NameLexicon.words("side", "team", "squad", "line-up", "lineup", "eleven",
			"roster", "rink", "crew", "members", "players");

	/** How far back from a listed name its "including" or colon may stand. */
	private static final int MAX_LIST_TOKENS = 40;

	private static final int MAX_OWNER_WORDS = 4;

	private MembersOfANamedSide() {
	}

	static void find(DocumentTokens doc, Mention name) {
		if (name.role != null || name.possessive || !name.multiWordName() || !closesItem(doc, name.endToken)) {
			return;
		}
		int opener = opener(doc, name.firstToken);
		if (opener < 0) {
			return;
		}
		int first = sentenceStart(doc, opener);
		if (doc.get(first).lower().equals("the") && first + 1 < opener) {
			first++;
		}
		int end = first;
		while (end < opener && end - first < MAX_OWNER_WORDS && doc.get(end).word() && doc.get(end).capitalized()
				&& !NameFinder.isPossessiveMark(doc.get(end))) {
			end++;
		}
		if (end == first || end >= opener || !sideBetween(doc, end, opener) || !ownerLike(doc, first, end)) {
			return;
		}
		name.role = Affiliations.SOMEONE_FROM + doc.span(first, end);
	}

	/**
	 * The "including" or colon that opens the list holding the name, or -1: between them
	 * stand only names, commas, "and", and the short words that go before a listed name
	 * ("63-year-old skip Jane Roe").
	 */
	private static int opener(DocumentTokens doc, int nameFirst) {
		for (int t = nameFirst - 1; t >= 0 && nameFirst - t <= MAX_LIST_TOKENS && !doc.boundaryBefore(t + 1); t--) {
			Token token = doc.get(t);
			String lower = token.lower();
			if (lower.equals("including") || token.is(":")) {
				return t;
			}
			boolean item = token.is(",") || lower.equals("and")
					|| token.word() && token.capitalized() && !NameFinder.isPossessiveMark(token)
					|| token.word() && lower.indexOf('-') > 0 || NameLexicon.isRoleNoun(lower);
			if (!item) {
				return -1;
			}
		}
		return -1;
	}

	/** The list item ends with the name: a comma, "and", a stop or the sentence's end. */
	private static boolean closesItem(DocumentTokens doc, int after) {
		if (after >= doc.size() || doc.boundaryBefore(after)) {
			return true;
		}
		Token token = doc.get(after);
		return token.is(",") || token.is(".") || token.is(";") || token.lower().equals("and");
	}

	private static int sentenceStart(DocumentTokens doc, int t) {
		int start = t;
		while (start > 0 && !doc.boundaryBefore(start)) {
			start--;
		}
		return start;
	}

	/**
	 * The body is no person ("Jane Roe picked a side", "Roe named a squad" after "Jane
	 * Roe"), and its name is a name: a word the text capitalizes inside a sentence too,
	 * as it does no common noun that only opens one ("Police named a squad"). A team may
	 * share its one word with a given name ("Kimberley named a side"): only a given name
	 * before another word reads as a person's.
	 */
	private static boolean ownerLike(DocumentTokens doc, int first, int end) {
		String opening = doc.get(first).lower();
		if (NameFinder.givenName(doc.get(first)) || end - first > 1 && GivenNames.known(opening)
				|| NameLexicon.FUNCTION_WORDS.contains(opening) || NameLexicon.HONORIFICS.contains(opening)
				|| NameRunBreaks.weekday(doc.get(first)) || OpeningPhrases.month(doc.get(first))
				|| surnameSomewhere(doc, doc.get(end - 1).text())) {
			return false;
		}
		for (int t = first; t < end; t++) {
			if (capitalizedInside(doc, doc.get(t).text())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The word follows a given name or a title somewhere in the text, as a person's
	 * surname does: "Jane Roe", "Mr Roe".
	 */
	private static boolean surnameSomewhere(DocumentTokens doc, String word) {
		for (int t = 1; t < doc.size(); t++) {
			Token before = doc.get(t - 1);
			if (doc.get(t).text().equals(word) && !doc.boundaryBefore(t) && before.word() && before.capitalized()
					&& (NameFinder.givenName(before) || GivenNames.known(before.lower())
							|| NameLexicon.HONORIFICS.contains(before.lower()))) {
				return true;
			}
		}
		return false;
	}

	private static boolean capitalizedInside(DocumentTokens doc, String word) {
		for (int t = 1; t < doc.size(); t++) {
			Token before = doc.get(t - 1);
			if (!doc.boundaryBefore(t) && doc.get(t).text().equals(word)
					&& (before.word() && !before.capitalized() || before.is(","))) {
				return true;
			}
		}
		return false;
	}

	/** A lower-case noun for a side between the body and the list. */
	private static boolean sideBetween(DocumentTokens doc, int from, int opener) {
		for (int t = from; t < opener; t++) {
			if (doc.get(t).word() && !doc.get(t).capitalized() && SIDES.contains(doc.get(t).lower())) {
				return true;
			}
		}
		return false;
	}

}
