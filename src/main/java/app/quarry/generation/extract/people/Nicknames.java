package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * Nicknames written in quotation marks inside a name ("John Barton "Bart" King"): part of
 * the name's run of words, but neither a word of the name as it is called nor one that
 * counts towards a name's length.
 */
final class Nicknames {

	private static final Set<String> QUOTES = Set.of("\"", "“", "”");

	private Nicknames() {
	}

	/** Words a nickname in quotation marks may have: "Bart", "the Rocket", "Big Red". */
	private static final int MAX_NICKNAME_WORDS = 3;

	/**
	 * "John Barton "Bart" King", "Jane "the Hammer" Roe": a nickname in quotation marks
	 * between a given name and a surname; how many tokens it spans, or 0.
	 */
	static int at(DocumentTokens doc, int t) {
		if (t < 1 || t + 3 >= doc.size() || !doc.get(t - 1).nameLike() || !QUOTES.contains(doc.get(t).text())) {
			return 0;
		}
		int close = t + 1;
		while (close < doc.size() && close - t - 1 < MAX_NICKNAME_WORDS && nicknameWord(doc, t + 1, close)) {
			close++;
		}
		if (close == t + 1 || close + 1 >= doc.size() || !QUOTES.contains(doc.get(close).text())
				|| !doc.get(close - 1).nameLike()) {
			return 0;
		}
		for (int i = t + 1; i <= close + 1; i++) {
			if (doc.boundaryBefore(i)) {
				return 0;
			}
		}
		return doc.get(close + 1).nameLike() ? close - t + 1 : 0;
	}

	/** A capitalized word of a nickname, or the article that may open it. */
	private static boolean nicknameWord(DocumentTokens doc, int first, int t) {
		return doc.get(t).nameLike() || t == first && doc.get(t).lower().equals("the");
	}

	/** The name as it is called: "John Barton King" for "John Barton "Bart" King". */
	static String withoutNickname(DocumentTokens doc, int from, int to) {
		for (int t = from + 1; t < to; t++) {
			int nickname = at(doc, t);
			if (nickname > 0) {
				return doc.span(from, t) + " " + doc.span(t + nickname, to);
			}
		}
		return doc.span(from, to);
	}

	static int words(DocumentTokens doc, int from, int to) {
		int words = to - from;
		for (int t = from + 1; t < to; t++) {
			words -= at(doc, t);
		}
		return words;
	}

}
