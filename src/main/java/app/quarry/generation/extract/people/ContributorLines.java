package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * The line a newspaper story ends with to credit a reporter who helped write it: "Jane
 * Roe in Paris contributed to this article.", "--- Jane Roe contributed to this report.",
 * "Jane Roe in Paris and John Doe in Bonn contributed to this article." Each name on the
 * line is a contributor to the article, from the place written after it.
 */
final class ContributorLines {

	private static final Set<String> PIECES = NameLexicon.words("article", "report", "story");

	private static final int MAX_PLACE_WORDS = 3;

	/** "Jane Q. Roe Jr.": a reporter's name, at most. */
	private static final int MAX_NAME_WORDS = 5;

	private static final String CONTRIBUTOR = "contributor to this article";

	private ContributorLines() {
	}

	/** Gives the name its role when the line credits it. */
	static void find(DocumentTokens doc, Mention name) {
		if (!name.multiWordName()) {
			return;
		}
		int t = BroadcastPhrases.sentenceStart(doc, name.firstToken);
		while (t < name.firstToken && !doc.get(t).word()) {
			t++; // "--- Jane Roe contributed"
		}
		// the line is one or two names, each perhaps with its place, joined by "and"
		String role = null;
		for (int names = 0; names < 2; names++) {
			int end = BroadcastPhrases.capitalizedRun(doc, t, MAX_NAME_WORDS);
			if (end < t + 2) {
				return;
			}
			String place = null;
			if (end + 1 < doc.size() && doc.get(end).lower().equals("in") && !doc.boundaryBefore(end)) {
				int placeEnd = BroadcastPhrases.capitalizedRun(doc, end + 1, MAX_PLACE_WORDS);
				if (placeEnd < 0) {
					return;
				}
				place = doc.span(end + 1, placeEnd);
				end = placeEnd;
			}
			if (t == name.firstToken && end >= name.endToken) {
				role = place == null ? CONTRIBUTOR : CONTRIBUTOR + " from " + place;
			}
			t = end;
			if (t + 1 >= doc.size() || !doc.get(t).lower().equals("and") || doc.boundaryBefore(t)) {
				break;
			}
			t++;
		}
		if (role != null && credits(doc, t)) {
			name.role = role;
		}
	}

	/** "contributed to this article." (or "also contributed") closing the line. */
	private static boolean credits(DocumentTokens doc, int t) {
		if (t < doc.size() && doc.get(t).lower().equals("also") && !doc.boundaryBefore(t)) {
			t++;
		}
		if (t + 4 > doc.size() || doc.boundaryBefore(t) || !doc.get(t).lower().equals("contributed")
				|| !doc.get(t + 1).lower().equals("to") || !doc.get(t + 2).lower().equals("this")
				|| !PIECES.contains(doc.get(t + 3).lower())) {
			return false;
		}
		int end = t + 4;
		return end >= doc.size() || doc.boundaryBefore(end)
				|| doc.get(end).is(".") && (end + 1 >= doc.size() || doc.boundaryBefore(end + 1));
	}

}
