package app.quarry.generation.extract.people;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
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

	/** Words that make a name a broadcaster's: "VOA News", "member station KQED". */
	private static final Set<String> BROADCAST_WORDS = NameLexicon.words("news", "radio", "television", "tv", "station",
			"broadcasting", "network", "channel");

	/** What an anchor hands over with: "NPR's Jane Roe has more", "... has our story". */
	private static final Set<String> HANDED_OVER = NameLexicon.words("more", "details", "the latest", "our story",
			"the story", "this report", "that report", "a report", "that", "this");

	private static final Set<String> GREETINGS = NameLexicon.words("evening", "morning", "afternoon", "hello",
			"welcome");

	/** Words that point at the speaker's own place and say nothing on a card. */
	private static final Set<String> DEICTIC = NameLexicon.words("our", "here", "this", "my", "we");

	/** Small words a place may hold: "the newsroom in London", "Bank of England". */
	private static final Set<String> PLACE_LINKS = NameLexicon.words("the", "of", "in", "at", "on", "and");

	private static final int MAX_OUTLET_TOKENS = 4;

	private static final int MAX_PLACE_TOKENS = 9;

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
		int start = sentenceStart(doc, name.firstToken);
		int end = sentenceEnd(doc, name.endToken);
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
			role = handOver(doc, name, start, end - 1);
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
		int outletEnd = phraseEnd(doc, t + 1, stop, MAX_OUTLET_TOKENS);
		if (outletEnd < 0 || !broadcaster(doc, t + 1, outletEnd)) {
			return null;
		}
		String outlet = doc.span(t + 1, outletEnd);
		if (outletEnd == stop) {
			return REPORTER + outlet;
		}
		if (!doc.get(outletEnd).is(",") || !isPlace(doc, outletEnd + 1, stop)) {
			return null;
		}
		return REPORTER + outlet + place(doc, outletEnd + 1, stop);
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
		if (comma <= start + 1 || phraseEnd(doc, start + 1, comma, MAX_OUTLET_TOKENS) != comma
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
		if ((next.equals("in") || next.equals("at") || next.equals("from")) && isPlace(doc, t + 1, stop)) {
			return role + place(doc, t, stop);
		}
		return null;
	}

	/**
	 * "NPR's Jane Roe has more from San Francisco.", "The World's Jane Roe has our
	 * story.", "From member station KQED, Jane Roe reports."
	 */
	private static String handOver(DocumentTokens doc, Mention name, int start, int stop) {
		int t = name.endToken;
		int after = handedOver(doc, t, stop);
		if (after < 0) {
			return null;
		}
		String where = "";
		if (after < stop) {
			if (!doc.get(after).lower().equals("from") || !isPlace(doc, after + 1, stop)) {
				return null;
			}
			where = place(doc, after, stop);
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
			return REPORTER + doc.span(outletStart, first - 1) + where;
		}
		// "From member station KQED, Jane Roe reports."
		if (doc.get(start).lower().equals("from") && doc.get(first - 1).is(",") && doc.get(t).lower().equals("reports")
				&& first - 2 - start <= MAX_OUTLET_TOKENS && broadcaster(doc, start + 1, first - 1)) {
			return REPORTER + doc.span(start + 1, first - 1) + where;
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
	 * "Good evening, I'm Jane Roe, CNN Headline News.", "Live from Atlanta, good evening
	 * Jane Roe, CNN Headline News."
	 */
	private static String greeting(DocumentTokens doc, Mention name, int start, int stop) {
		int t = name.endToken;
		if (t >= stop || !doc.get(t).is(",")) {
			return null;
		}
		int outletEnd = phraseEnd(doc, t + 1, stop, MAX_OUTLET_TOKENS);
		if (outletEnd != stop || !broadcaster(doc, t + 1, stop)) {
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

	/**
	 * The end of an outlet's name, up to a comma or the stop and at most {@code max}
	 * tokens long ("ABC News", "CNN headline news", "member station KQED"), or -1 when a
	 * function word other than "the" or "of" or a verb-like word breaks it.
	 */
	private static int phraseEnd(DocumentTokens doc, int from, int stop, int max) {
		int t = from;
		while (t < stop && !doc.get(t).is(",")) {
			Token token = doc.get(t);
			String lower = token.lower();
			if (!token.word() || t - from >= max || !token.capitalized()
					&& (NameLexicon.FUNCTION_WORDS.contains(lower) && !lower.equals("the") && !lower.equals("of")
							|| verbLike(lower))) {
				return -1;
			}
			t++;
		}
		return t > from ? t : -1;
	}

	private static boolean verbLike(String lower) {
		return RoleWords.VERBS.contains(lower) || lower.endsWith("ed") || lower.endsWith("ing") || lower.endsWith("ly");
	}

	/**
	 * Whether the words up to the stop can be the place a report comes from: "Hong Kong",
	 * "the state department", "the BBC newsroom in London", "our southeast bureau"; no
	 * verb, no clause.
	 */
	private static boolean isPlace(DocumentTokens doc, int from, int stop) {
		if (from >= stop || stop - from > MAX_PLACE_TOKENS) {
			return false;
		}
		Token first = doc.get(from);
		if (!first.capitalized() && !first.lower().equals("the") && !DEICTIC.contains(first.lower())) {
			return false;
		}
		for (int t = from; t < stop; t++) {
			Token token = doc.get(t);
			String lower = token.lower();
			if (!token.word() || !token.capitalized() && (NameLexicon.FUNCTION_WORDS.contains(lower)
					&& !PLACE_LINKS.contains(lower) && !DEICTIC.contains(lower) || verbLike(lower))) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Whether the words name a broadcaster: an upper-case call sign ("CNN", "KQED") or a
	 * word such as "News" or "station".
	 */
	private static boolean broadcaster(DocumentTokens doc, int from, int to) {
		boolean capital = false;
		boolean broadcast = false;
		for (int t = from; t < to; t++) {
			Token token = doc.get(t);
			capital |= token.capitalized();
			broadcast |= BROADCAST_WORDS.contains(token.lower()) || callSign(token.text());
		}
		return capital && broadcast;
	}

	private static boolean callSign(String word) {
		if (word.length() < 2 || word.length() > 5) {
			return false;
		}
		for (int i = 0; i < word.length(); i++) {
			if (!Character.isUpperCase(word.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Where the report comes from, as a card says it: " in Hong Kong", " at the State
	 * Department", " in the BBC newsroom in London"; nothing for "from our bureau".
	 */
	private static String place(DocumentTokens doc, int from, int stop) {
		for (int t = from; t < stop; t++) {
			if (DEICTIC.contains(doc.get(t).lower())) {
				return "";
			}
		}
		String first = doc.get(from).lower();
		if (first.equals("in") || first.equals("at")) {
			return " " + doc.span(from, stop);
		}
		if (first.equals("from")) {
			return from + 1 < stop ? place(doc, from + 1, stop) : "";
		}
		return (first.equals("the") ? " at " : " in ") + doc.span(from, stop);
	}

	/**
	 * Where the sentence holding the token starts; a transcript's "... Richard Jewell.
	 * jane roe, CNN, Washington." starts a sentence in lower case that the splitter ran
	 * on.
	 */
	private static int sentenceStart(DocumentTokens doc, int t) {
		while (t > 0 && !doc.boundaryBefore(t) && !afterFullStop(doc, t)) {
			t--;
		}
		return t;
	}

	private static boolean afterFullStop(DocumentTokens doc, int t) {
		return doc.get(t - 1).is(".") || doc.get(t - 1).is("?") || doc.get(t - 1).is("!");
	}

	private static int sentenceEnd(DocumentTokens doc, int t) {
		while (t < doc.size() && !doc.boundaryBefore(t)) {
			t++;
		}
		return t;
	}

	/**
	 * The names a transcript writes in lower case in a sign-off ("jane roe, CNN,
	 * Washington."), for a person the document names elsewhere with capitals: the
	 * sign-off then tells who that person is.
	 */
	static List<Mention> withLowerCaseSignOffs(DocumentTokens doc, List<Mention> names) {
		List<Mention> found = new ArrayList<>();
		for (int t = 0; t < doc.size(); t++) {
			if (!doc.boundaryBefore(t) && !afterFullStop(doc, t) || doc.get(t).capitalized()) {
				continue;
			}
			for (Mention known : names) {
				int words = known.endToken - known.firstToken;
				if (!known.multiWordName() || t + words >= doc.size() || !sameWords(doc, known, t)
						|| !doc.get(t + words).is(",") || doc.boundaryBefore(t + words)) {
					continue;
				}
				Mention lower = new Mention(Mention.Kind.NAME, t, t + words, doc.get(t).start(),
						doc.get(t + words - 1).end(), known.surface);
				find(doc, lower);
				if (lower.role != null && isSignOffRole(lower.role)) {
					lower.role = null; // read again with the others, in document order
					found.add(lower);
				}
				break;
			}
		}
		if (found.isEmpty()) {
			return names;
		}
		List<Mention> all = new ArrayList<>(names);
		all.addAll(found);
		all.sort(Comparator.comparingInt((Mention m) -> m.start));
		return all;
	}

	private static boolean sameWords(DocumentTokens doc, Mention known, int t) {
		for (int i = 0; i < known.endToken - known.firstToken; i++) {
			Token word = doc.get(t + i);
			if (!word.word() || word.capitalized() || !word.lower().equals(doc.get(known.firstToken + i).lower())) {
				return false;
			}
		}
		return true;
	}

}
