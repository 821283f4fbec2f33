package app.quarry.generation.extract.people;

import java.util.Locale;
import java.util.Set;

/**
 * How an anchor hands over to a station's reporter, the outlet named before the name:
 * "NPR's Jane Roe has more from San Francisco.", "From member station KQED, Jane Roe
 * reports.", "VOA's Jane Roe reports from the capital", "ABC News' Jane Roe". The
 * reporter's own sign-off is read by {@link SignOffs}.
 */
final class AnchorHandOvers {

	/** What an anchor hands over with: "NPR's Jane Roe has more", "... has our story". */
	private static final Set<String> HANDED_OVER = NameLexicon.words("more", "details", "the latest", "our story",
			"the story", "this report", "that report", "a report", "that", "this");

	private static final Set<String> REPORTING = NameLexicon.words("reports", "reported", "reporting");

	private static final int MAX_OUTLET_TOKENS = 4;

	private AnchorHandOvers() {
	}

	/**
	 * "NPR's Jane Roe has more from San Francisco.", "The World's Jane Roe has our
	 * story.", "From member station KQED, Jane Roe reports."
	 */
	static String handOver(DocumentTokens doc, Mention name, int start, int stop) {
		int t = name.endToken;
		int after = handedOver(doc, t, stop);
		if (after < 0) {
			return null;
		}
		String where = "";
		if (after < stop) {
			if (!doc.get(after).lower().equals("from") || !BroadcastPhrases.isPlace(doc, after + 1, stop)) {
				return null;
			}
			where = BroadcastPhrases.place(doc, after, stop);
		}
		int first = name.firstToken;
		if (first >= start + 2 && NameFinder.isPossessiveMark(doc.get(first - 1))) {
			int outletStart = first - 1;
			while (outletStart > start && doc.get(outletStart - 1).capitalized()) {
				outletStart--;
			}
			if (outletStart != start || first - 1 - outletStart > MAX_OUTLET_TOKENS) {
				return null;
			}
			return SignOffs.REPORTER + doc.span(outletStart, first - 1) + where;
		}
		// "From member station KQED, Jane Roe reports."
		if (doc.get(start).lower().equals("from") && doc.get(first - 1).is(",") && doc.get(t).lower().equals("reports")
				&& first - 2 - start <= MAX_OUTLET_TOKENS && BroadcastPhrases.broadcaster(doc, start + 1, first - 1)) {
			return SignOffs.REPORTER + doc.span(start + 1, first - 1) + where;
		}
		return null;
	}

	/**
	 * The token after "has more", "has our story" or "reports" right after a name, or -1.
	 */
	private static int handedOver(DocumentTokens doc, int t, int stop) {
		if (t >= stop) {
			return -1;
		}
		String verb = doc.get(t).lower();
		if (verb.equals("reports")) {
			return t + 1;
		}
		if (!verb.equals("has")) {
			return -1;
		}
		for (int words = 2; words >= 1; words--) {
			if (t + 1 + words <= stop
					&& HANDED_OVER.contains(doc.span(t + 1, t + 1 + words).toLowerCase(Locale.ROOT))) {
				return t + 1 + words;
			}
		}
		return -1;
	}

	/**
	 * "VOA's Jane Roe reports", "ABC News' Jane Roe": a newsroom owning a reporter.
	 * Initials alone ("NASA's Jane Roe") say so only with the reporting verb after the
	 * name.
	 */
	static void stationBefore(DocumentTokens doc, Mention name) {
		int mark = name.phraseStartToken - 1;
		if (mark < 1 || name.phraseStartToken != name.firstToken || !NameFinder.isPossessiveMark(doc.get(mark))) {
			return;
		}
		int owner = RoleWords.nameOwningAt(doc, mark);
		if (owner < 0 || mark - owner > MAX_OUTLET_TOKENS) {
			return;
		}
		boolean reports = reportsNext(doc, name.endToken);
		if (BroadcastPhrases.newsroomWord(doc, mark) || reports && BroadcastPhrases.initials(doc, owner, mark)) {
			name.role = SignOffs.REPORTER + doc.span(owner, mark);
		}
	}

	/**
	 * "reports", "reported" or "reporting" at {@code t}, or a transcript's hand-over "has
	 * more" ("VOA's Jane Roe has more from the capital").
	 */
	private static boolean reportsNext(DocumentTokens doc, int t) {
		if (t >= doc.size() || doc.boundaryBefore(t)) {
			return false;
		}
		return REPORTING.contains(doc.get(t).lower()) || doc.get(t).lower().equals("has") && t + 1 < doc.size()
				&& !doc.boundaryBefore(t + 1) && doc.get(t + 1).lower().equals("more");
	}

}
