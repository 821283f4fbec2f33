package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * How broadcast and spoken news says who is speaking, where print puts a byline: the
 * reporter's sign-off ("Jane Roe, ABC News, Hong Kong.", "Jane Roe for VOA News,
 * Geneva.", "For NPR News, I'm Jane Roe.", "This is Jane Roe reporting for CNN"), the
 * anchor's hand-over ("NPR's Jane Roe has more from San Francisco.", read by
 * {@link AnchorHandOvers}) and the presenter's greeting ("Good evening, I'm Jane Roe, CNN
 * Headline News.", "I'm Jane Roe and this is Radio Harbor."). Each tells who the person
 * is: a correspondent, reporter or presenter for the outlet, maybe in a place. A sentence
 * that ends in a full stop is read before any other role ({@link #find}); a line of its
 * own with no full stop, and the shapes no other role reading claims, after them all
 * ({@link #findByline}). A sign-off has no verb of its own, so the question writer asks
 * it only when its role reads as one of these ({@link #isSignOffRole}).
 */
public final class SignOffs {

	/**
	 * One word for sign-offs and hand-overs alike, so that "Jane Roe, NPR News, Boston."
	 * and "NPR's Jane Roe has more" make one card, and a reporter for the same outlet is
	 * known as one when distractors are chosen.
	 */
	static final String REPORTER = "reporter for ";

	static final String PRESENTER = "presenter for ";

	private static final Set<String> GREETINGS = NameLexicon.words("evening", "morning", "afternoon", "hello",
			"welcome");

	private static final int MAX_OUTLET_TOKENS = 4;

	private static final Set<String> I_AM = NameLexicon.words("i'm", "i’m");

	private static final int MAX_PLACE_WORDS = 4;

	private SignOffs() {
	}

	/** Whether a role is one a sign-off, a hand-over or a greeting gave. */
	public static boolean isSignOffRole(String role) {
		return role != null && (role.startsWith(REPORTER) || role.startsWith(PRESENTER));
	}

	/**
	 * A sign-off's role without its place: "reporter for CNN" of "reporter for CNN in
	 * Washington". Another reporter for CNN is no fair distractor: the learner knows
	 * which outlet, seldom from which place.
	 */
	public static String withoutPlace(String role) {
		int in = role.indexOf(" in ");
		int at = role.indexOf(" at ");
		int cut = in < 0 ? at : at < 0 ? in : Math.min(in, at);
		return cut < 0 ? role : role.substring(0, cut);
	}

	/**
	 * The role a sign-off, hand-over or greeting gives a name, if it is in one that ends
	 * in a full stop.
	 */
	static void find(DocumentTokens doc, Mention name) {
		int start = BroadcastPhrases.sentenceStart(doc, name.firstToken);
		int end = BroadcastPhrases.sentenceEnd(doc, name.endToken);
		if (end <= name.endToken || !doc.get(end - 1).is(".")) {
			return;
		}
		// a greeting first: "Good evening, I'm Jane Roe, CNN Headline News." is the
		// presenter's, though it ends as a sign-off does
		String role = greeting(doc, name, start, end - 1);
		if (role == null) {
			role = signOff(doc, name, start, end - 1);
		}
		if (role == null) {
			role = AnchorHandOvers.handOver(doc, name, start, end - 1);
		}
		if (role != null) {
			name.role = role;
		}
	}

	/**
	 * The role of a name with no role noun at all, read when no other shape gave one: a
	 * sign-off on a line of its own, with or without its full stop ("Jane Roe, ABC News,
	 * Hong Kong"), a station's possessive before a name that reports ("VOA's Jane Roe
	 * reports from the capital"), a name "reporting for" a station ("This is Jane Roe
	 * reporting for CNN") and a presenter opening her programme ("I'm Jane Roe and this
	 * is Radio Harbor.").
	 */
	static void findByline(DocumentTokens doc, Mention name) {
		if (!name.multiWordName()) {
			return;
		}
		signOffLine(doc, name);
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
	private static void signOffLine(DocumentTokens doc, Mention name) {
		int comma = name.endToken;
		if (!opensLine(doc, name.firstToken) || comma + 1 >= doc.size() || !doc.get(comma).is(",")
				|| doc.boundaryBefore(comma + 1)) {
			return;
		}
		int newsroomEnd = BroadcastPhrases.capitalizedRun(doc, comma + 1, MAX_OUTLET_TOKENS);
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
			name.role = REPORTER + doc.span(comma + 1, newsroomEnd);
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
		int end = BroadcastPhrases.capitalizedRun(doc, and + 3, MAX_OUTLET_TOKENS);
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
		int end = BroadcastPhrases.capitalizedRun(doc, verb + 2, MAX_OUTLET_TOKENS);
		if (end > 0 && (BroadcastPhrases.newsroomWord(doc, end) || BroadcastPhrases.initials(doc, verb + 2, end))) {
			name.role = REPORTER + doc.span(verb + 2, end);
		}
	}

	/**
	 * "Jane Roe, ABC News, Hong Kong.", "Jane Roe for VOA News, Geneva.", "This is Jane
	 * Roe, NPR News, Washington.", "For The World, I'm Jane Roe in London."
	 */
	private static String signOff(DocumentTokens doc, Mention name, int start, int stop) {
		int first = name.firstToken;
		int introduced = selfIntroduction(doc, start, first);
		int t = name.endToken;
		if (introduced > 0 && doc.get(start).lower().equals("for")) {
			return forOutlet(doc, name, start, stop);
		}
		if (first != start && (introduced < 0 || first - (doc.get(first - 1).lower().equals("is") ? 2 : 1) != start)
				|| t >= stop || !doc.get(t).is(",") && !doc.get(t).lower().equals("for")) {
			return null;
		}
		// "Jane Roe, ABC News, Hong Kong." / "Jane Roe for VOA News, Geneva."
		int outletEnd = BroadcastPhrases.phraseEnd(doc, t + 1, stop, MAX_OUTLET_TOKENS);
		if (outletEnd < 0 || !BroadcastPhrases.broadcaster(doc, t + 1, outletEnd)) {
			return null;
		}
		String outlet = doc.span(t + 1, outletEnd);
		if (outletEnd == stop) {
			return REPORTER + outlet;
		}
		if (!doc.get(outletEnd).is(",") || !BroadcastPhrases.isPlace(doc, outletEnd + 1, stop)) {
			return null;
		}
		return REPORTER + outlet + BroadcastPhrases.place(doc, outletEnd + 1, stop);
	}

	/**
	 * "For The World, I'm Jane Roe.", "For NPR News, I'm Jane Roe reporting.", "For The
	 * World, this is Jane Roe in the newsroom in London."
	 */
	private static String forOutlet(DocumentTokens doc, Mention name, int start, int stop) {
		int comma = name.firstToken - 1;
		while (comma > start && !doc.get(comma).is(",")) {
			comma--;
		}
		if (comma <= start + 1 || BroadcastPhrases.phraseEnd(doc, start + 1, comma, MAX_OUTLET_TOKENS) != comma
				|| !doc.get(start + 1).capitalized() && !doc.get(start + 1).lower().equals("the")
				|| name.firstToken - comma > 3) {
			return null;
		}
		String role = REPORTER + doc.span(start + 1, comma);
		int t = name.endToken;
		String next = t < stop ? doc.get(t).lower() : "";
		if (t == stop || next.equals("reporting") && t + 1 == stop) {
			return role;
		}
		if ((next.equals("in") || next.equals("at") || next.equals("from"))
				&& BroadcastPhrases.isPlace(doc, t + 1, stop)) {
			return role + BroadcastPhrases.place(doc, t, stop);
		}
		return null;
	}

	/**
	 * "Good evening, I'm Jane Roe, CNN Headline News.", "Live from Atlanta, good evening
	 * Jane Roe, CNN Headline News."
	 */
	private static String greeting(DocumentTokens doc, Mention name, int start, int stop) {
		int t = name.endToken;
		if (t >= stop || !doc.get(t).is(",")) {
			return null;
		}
		int outletEnd = BroadcastPhrases.phraseEnd(doc, t + 1, stop, MAX_OUTLET_TOKENS);
		if (outletEnd != stop || !BroadcastPhrases.broadcaster(doc, t + 1, stop)) {
			return null;
		}
		int before = name.firstToken - 1;
		if (before > start && I_AM.contains(doc.get(before).lower())) {
			before--;
		}
		if (before > start && doc.get(before).is(",")) {
			before--;
		}
		if (before < start || !GREETINGS.contains(doc.get(before).lower())) {
			return null;
		}
		return PRESENTER + doc.span(t + 1, stop);
	}

	/**
	 * Where "I'm" or "this is" before a name ends (the name's first token), or -1: "For
	 * The World, I'm Jane Roe", "This is Jane Roe".
	 */
	private static int selfIntroduction(DocumentTokens doc, int start, int first) {
		String one = first - 1 >= start ? doc.get(first - 1).lower() : "";
		if (I_AM.contains(one)) {
			return first;
		}
		if (one.equals("is") && first - 2 >= start && doc.get(first - 2).lower().equals("this")) {
			return first;
		}
		return -1;
	}

}
