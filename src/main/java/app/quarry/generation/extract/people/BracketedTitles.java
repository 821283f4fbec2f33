package app.quarry.generation.extract.people;

/**
 * Brackets around or inside a title before a name: a title a quotation's writer added
 * ("(Vice President) Jane Roe"), or a body's acronym inside the title ("Director of the
 * Federal Bureau of Investigation (FBI) Jane Roe").
 */
final class BracketedTitles {

	private static final int MAX_BRACKETED_TITLE_TOKENS = 5;

	/**
	 * "specifically (Vice President) Jane Roe": a quotation's writer put the title the
	 * speaker left out in brackets before the name.
	 */
	static boolean titleBefore(DocumentTokens doc, Mention name) {
		int close = name.firstToken - 1;
		if (close < 2 || !doc.get(close).is(")") && !doc.get(close).is("]") || doc.boundaryBefore(name.firstToken)) {
			return false;
		}
		// "[former Acme CEO] Jane Roe": square brackets hold the writer's gloss, which
		// may run in lower case and longer
		boolean square = doc.get(close).is("]");
		int open = close - 1;
		while (open > 0 && close - open <= MAX_BRACKETED_TITLE_TOKENS + (square ? 2 : 0) && doc.get(open).word()
				&& (doc.get(open).capitalized() || square) && !doc.boundaryBefore(open + 1)) {
			open--;
		}
		if (!doc.get(open).is(square ? "[" : "(") || open + 1 == close
				|| !TitlesBeforeNames.containsRoleWord(doc, open + 1, close)) {
			return false;
		}
		name.phraseStartToken = open;
		name.role = doc.span(open + 1, close);
		return true;
	}

	/**
	 * "(FBI)" closing at {@code t} right after a capitalized word: an acronym in
	 * capitals, not a bracketed aside.
	 */
	static boolean acronymAt(DocumentTokens doc, int t) {
		if (t < 3 || !doc.get(t).is(")") || !doc.get(t - 2).is("(") || !doc.get(t - 3).capitalized()
				|| doc.boundaryBefore(t - 2)) {
			return false;
		}
		String inside = doc.get(t - 1).text();
		return inside.length() >= 2 && inside.chars().allMatch(c -> c >= 'A' && c <= 'Z');
	}

	private static final int MAX_SPELLED_OUT_TOKENS = 8;

	/**
	 * "MP (Member of Parliament)" closing at {@code close}: a bracket of words whose
	 * capitals spell the short title in capitals before it; the short title's token, or
	 * -1.
	 */
	static int spelledOutBefore(DocumentTokens doc, int close) {
		if (!doc.get(close).is(")")) {
			return -1;
		}
		StringBuilder initials = new StringBuilder();
		for (int t = close - 1; t > 1 && close - t <= MAX_SPELLED_OUT_TOKENS && !doc.boundaryBefore(t + 1); t--) {
			Token token = doc.get(t);
			if (token.is("(")) {
				String acronym = doc.get(t - 1).text();
				boolean capitals = acronym.length() >= 2 && acronym.chars().allMatch(c -> c >= 'A' && c <= 'Z');
				return capitals && !doc.boundaryBefore(t) && acronym.equals(initials.reverse().toString()) ? t - 1 : -1;
			}
			if (!token.word()) {
				return -1;
			}
			if (token.capitalized()) {
				initials.append(token.text().charAt(0));
			}
		}
		return -1;
	}

	private BracketedTitles() {
	}

}
