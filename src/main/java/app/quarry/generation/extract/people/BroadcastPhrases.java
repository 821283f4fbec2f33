package app.quarry.generation.extract.people;

import java.util.Locale;
import java.util.Set;

/**
 * The parts of a broadcast sign-off: the outlet ("ABC News", "member station KQED") and
 * the place the report comes from ("Hong Kong", "the state department", "our bureau"),
 * with the sentence bounds a transcript gives them.
 */
final class BroadcastPhrases {

	/** Words that make a name a broadcaster's: "VOA News", "member station KQED". */
	static final Set<String> BROADCAST_WORDS = NameLexicon.words("news", "radio", "television", "tv", "station",
			"broadcasting", "network", "channel");

	/** The last word of a newsroom's name: "ABC News", "Radio Free Asia" has none. */
	private static final Set<String> NEWSROOM_WORDS = NameLexicon.words("news", "radio", "television", "tv", "network",
			"broadcasting", "newsroom");

	/** Words that point at the speaker's own place and say nothing on a card. */
	static final Set<String> DEICTIC = NameLexicon.words("our", "here", "this", "my", "we");

	/** Small words a place may hold: "the newsroom in London", "Bank of England". */
	private static final Set<String> PLACE_LINKS = NameLexicon.words("the", "of", "in", "at", "on", "and");

	private static final int MAX_PLACE_TOKENS = 9;

	private BroadcastPhrases() {
	}

	/**
	 * The end of an outlet's name, up to a comma or the stop and at most {@code max}
	 * tokens long ("ABC News", "CNN headline news", "member station KQED"), or -1 when a
	 * function word other than "the" or "of" or a verb-like word breaks it.
	 */
	static int phraseEnd(DocumentTokens doc, int from, int stop, int max) {
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

	static boolean verbLike(String lower) {
		return RoleWords.VERBS.contains(lower) || lower.endsWith("ed") || lower.endsWith("ing") || lower.endsWith("ly");
	}

	/**
	 * Whether the words up to the stop can be the place a report comes from: "Hong Kong",
	 * "the state department", "the BBC newsroom in London", "our southeast bureau"; no
	 * verb, no clause.
	 */
	static boolean isPlace(DocumentTokens doc, int from, int stop) {
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
	static boolean broadcaster(DocumentTokens doc, int from, int to) {
		boolean capital = false;
		boolean broadcast = false;
		for (int t = from; t < to; t++) {
			Token token = doc.get(t);
			capital |= token.capitalized();
			broadcast |= BROADCAST_WORDS.contains(token.lower()) || callSign(token.text());
		}
		return capital && broadcast;
	}

	/**
	 * Capital initials that stand for a country, a union of countries or a role, never a
	 * newsroom: "Jane Roe, CEO, London." is no sign-off.
	 */
	private static final Set<String> NOT_NEWSROOMS = NameLexicon.words("us", "uk", "usa", "uae", "ussr", "prc", "dprk",
			"eu", "un");

	/**
	 * Capital initials that may name a newsroom: "CNN", "VOA", "KQED"; not "CEO", "UN".
	 */
	static boolean callSign(String word) {
		if (word.length() < 2 || word.length() > 5 || NOT_NEWSROOMS.contains(word.toLowerCase(Locale.ROOT))
				|| NameLexicon.ROLE_ACRONYMS.contains(word.toLowerCase(Locale.ROOT))) {
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
	static String place(DocumentTokens doc, int from, int stop) {
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
	 * The end of a run of capitalized words from {@code from}, of at most {@code max}
	 * words, within the sentence; -1 when none starts there.
	 */
	static int capitalizedRun(DocumentTokens doc, int from, int max) {
		int end = from;
		while (end < doc.size() && end - from < max && (end == from || !doc.boundaryBefore(end)) && doc.get(end).word()
				&& doc.get(end).capitalized()) {
			end++;
		}
		return end > from && (end - from < max || end >= doc.size() || !doc.get(end).word()) ? end : -1;
	}

	/** The run before {@code end} ends with "News", "Radio" or "Television". */
	static boolean newsroomWord(DocumentTokens doc, int end) {
		return end > 0 && NEWSROOM_WORDS.contains(doc.get(end - 1).lower()) && doc.get(end - 1).capitalized();
	}

	/** One word of capital initials that name no country and no role: "VOA", "CNN". */
	static boolean initials(DocumentTokens doc, int from, int end) {
		if (end != from + 1) {
			return false;
		}
		String text = doc.get(from).text();
		return text.length() >= 3 && callSign(text);
	}

	/**
	 * Where the sentence holding the token starts; a transcript's "... Richard Jewell.
	 * jane roe, CNN, Washington." starts a sentence in lower case that the splitter ran
	 * on.
	 */
	static int sentenceStart(DocumentTokens doc, int t) {
		while (t > 0 && !doc.boundaryBefore(t) && !afterFullStop(doc, t)) {
			t--;
		}
		return t;
	}

	static boolean afterFullStop(DocumentTokens doc, int t) {
		return doc.get(t - 1).is(".") || doc.get(t - 1).is("?") || doc.get(t - 1).is("!");
	}

	static int sentenceEnd(DocumentTokens doc, int t) {
		while (t < doc.size() && !doc.boundaryBefore(t)) {
			t++;
		}
		return t;
	}

}
