package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * How broadcast and spoken news says who is speaking, where print puts a byline: the
 * reporter's sign-off ("Jane Roe, ABC News, Hong Kong.", "Jane Roe for VOA News,
 * Geneva.", "For NPR News, I'm Jane Roe."), the anchor's hand-over ("NPR's Jane Roe has
 * more from San Francisco.", "From member station KQED, Jane Roe reports.") and the
 * presenter's greeting ("Good evening, I'm Jane Roe, CNN Headline News."). Each tells who
 * the person is: a correspondent, reporter or presenter for the outlet, maybe in a place.
 * A sign-off has no verb of its own, so the question writer asks it only when its role
 * reads as one of these ({@link #isSignOffRole}).
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

	/** The role a sign-off, hand-over or greeting gives a name, if it is in one. */
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
		if (before > start && (doc.get(before).lower().equals("i'm") || doc.get(before).lower().equals("i’m"))) {
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
		if (one.equals("i'm") || one.equals("i’m")) {
			return first;
		}
		if (one.equals("is") && first - 2 >= start && doc.get(first - 2).lower().equals("this")) {
			return first;
		}
		return -1;
	}

}
