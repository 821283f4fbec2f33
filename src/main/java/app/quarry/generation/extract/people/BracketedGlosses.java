package app.quarry.generation.extract.people;

/**
 * A post a writer added in square brackets right after a name inside quoted words: "we
 * will talk to Jane Roe [President of Norland] soon". Square brackets mark the writer's
 * own gloss, so what they hold says who the speaker meant; round brackets after a name
 * hold parties, ages and short names far more often, and are read only where an article
 * opens what they hold, as no party, age or short name begins: "Jane Roe (a teacher)
 * said".
 */
final class BracketedGlosses {

	private static final int MAX_GLOSS_TOKENS = 8;

	private BracketedGlosses() {
	}

	static void find(DocumentTokens doc, Mention name) {
		int open = name.endToken;
		if (open + 2 >= doc.size() || doc.boundaryBefore(open + 1)
				|| !doc.get(open).is("[") && !articledRound(doc, open)) {
			return;
		}
		String closing = doc.get(open).is("[") ? "]" : ")";
		int close = open + 1;
		while (close < doc.size() && close - open <= MAX_GLOSS_TOKENS && !doc.boundaryBefore(close)
				&& (doc.get(close).word() || doc.get(close).is("'s") || doc.get(close).is("-"))) {
			close++;
		}
		if (close >= doc.size() || !doc.get(close).is(closing) || close == open + 1
				|| !TitlesBeforeNames.containsRoleWord(doc, open + 1, close)) {
			return;
		}
		String role = doc.span(open + 1, close);
		name.appositionEndToken = close + 1;
		name.role = name.role == null ? role : name.role;
		name.appositionRole = role;
	}

	/**
	 * A round bracket whose first word is an article: "(a teacher)", "(the chairman)".
	 */
	private static boolean articledRound(DocumentTokens doc, int open) {
		return doc.get(open).is("(") && RoleWords.ARTICLES.contains(doc.get(open + 1).lower());
	}

}
