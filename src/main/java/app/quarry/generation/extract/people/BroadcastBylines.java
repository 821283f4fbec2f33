package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * How broadcast and wire copy names its own reporters, with no role noun at all: a
 * sign-off line ("Jane Roe, ABC News, Hong Kong."), a station's possessive before a name
 * that reports ("VOA's Jane Roe reports from the capital"), a name "reporting for" a
 * station ("This is Jane Roe reporting for CNN") and a presenter opening her programme
 * ("I'm Jane Roe and this is Radio Harbor.").
 */
final class BroadcastBylines {

	private static final Set<String> I_AM = NameLexicon.words("i'm", "i’m");

	private static final int MAX_NEWSROOM_WORDS = 4;

	private static final int MAX_PLACE_WORDS = 4;

	private BroadcastBylines() {
	}

	static void find(DocumentTokens doc, Mention name) {
		if (!name.multiWordName()) {
			return;
		}
		signOff(doc, name);
		if (name.role == null) {
			AnchorHandOvers.stationBefore(doc, name);
		}
		if (name.role == null) {
			reportingFor(doc, name);
		}
		if (name.role == null) {
			presenter(doc, name);
		}
	}

	/**
	 * "Jane Roe, ABC News, Hong Kong.": a line of its own made of the name, the newsroom
	 * and, perhaps, the place reported from. Bare initials ("Jane Roe, CNN, Atlanta.")
	 * need the place after them, which a role's initials ("Jane Roe, CEO.") never have.
	 */
	private static void signOff(DocumentTokens doc, Mention name) {
		int comma = name.endToken;
		if (!opensLine(doc, name.firstToken) || comma + 1 >= doc.size() || !doc.get(comma).is(",")
				|| doc.boundaryBefore(comma + 1)) {
			return;
		}
		int newsroomEnd = BroadcastPhrases.capitalizedRun(doc, comma + 1, MAX_NEWSROOM_WORDS);
		if (newsroomEnd < 0) {
			return;
		}
		int end = newsroomEnd;
		boolean place = false;
		if (end + 1 < doc.size() && doc.get(end).is(",") && !doc.boundaryBefore(end + 1)) {
			end = BroadcastPhrases.capitalizedRun(doc, end + 1, MAX_PLACE_WORDS);
			place = true;
		}
		boolean lineEnds = end >= 0 && (end >= doc.size() || doc.boundaryBefore(end)
				|| doc.get(end).is(".") && (end + 1 >= doc.size() || doc.boundaryBefore(end + 1)));
		if (lineEnds && (BroadcastPhrases.newsroomWord(doc, newsroomEnd)
				|| place && BroadcastPhrases.initials(doc, comma + 1, newsroomEnd))) {
			name.role = SignOffs.REPORTER + doc.span(comma + 1, newsroomEnd);
		}
	}

	/**
	 * The name opens its line, or follows the "This is" a sign-off may start with ("This
	 * is Jane Roe, VOA News, Nairobi.").
	 */
	private static boolean opensLine(DocumentTokens doc, int first) {
		return doc.boundaryBefore(first) || first >= 2 && doc.boundaryBefore(first - 2)
				&& doc.get(first - 2).lower().equals("this") && doc.get(first - 1).lower().equals("is");
	}

	/**
	 * "I'm Jane Roe and this is Radio Harbor.": a presenter opening her programme, its
	 * name closing the sentence.
	 */
	private static void presenter(DocumentTokens doc, Mention name) {
		int first = name.firstToken;
		boolean introduced = first >= 1 && doc.boundaryBefore(first - 1) && I_AM.contains(doc.get(first - 1).lower())
				|| first >= 2 && doc.boundaryBefore(first - 2) && doc.get(first - 2).lower().equals("i")
						&& doc.get(first - 1).lower().equals("am");
		int and = name.endToken;
		if (!introduced || and + 3 >= doc.size() || doc.boundaryBefore(and + 3)
				|| !doc.span(and, and + 3).equalsIgnoreCase("and this is")) {
			return;
		}
		int end = BroadcastPhrases.capitalizedRun(doc, and + 3, MAX_NEWSROOM_WORDS);
		boolean closes = end > 0 && (end >= doc.size() || doc.boundaryBefore(end)
				|| doc.get(end).is(".") && (end + 1 >= doc.size() || doc.boundaryBefore(end + 1)));
		if (closes) {
			name.role = "the presenter of " + doc.span(and + 3, end);
		}
	}

	/** "Jane Roe reporting for CNN": the newsroom named after the verb. */
	private static void reportingFor(DocumentTokens doc, Mention name) {
		int verb = name.endToken;
		if (verb + 2 >= doc.size() || doc.boundaryBefore(verb + 1) || !doc.get(verb).lower().equals("reporting")
				|| !doc.get(verb + 1).lower().equals("for")) {
			return;
		}
		int end = BroadcastPhrases.capitalizedRun(doc, verb + 2, MAX_NEWSROOM_WORDS);
		if (end > 0 && (BroadcastPhrases.newsroomWord(doc, end) || BroadcastPhrases.initials(doc, verb + 2, end))) {
			name.role = SignOffs.REPORTER + doc.span(verb + 2, end);
		}
	}

}
