package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * "Roe issued a statement on the ruling." ⏎ "“…”": issuing or releasing a statement
 * reports words as "said" does, and the quotation that follows in the same paragraph is
 * the statement's text, the words of who issued it.
 */
final class StatementsIssued {

	private static final Set<String> ISSUING = Set.of("issued", "issues", "released", "releases", "published",
			"publishes");

	private static final Set<String> STATEMENTS = Set.of("statement", "message", "response");

	private static final Set<String> ARTICLES = Set.of("a", "an");

	private StatementsIssued() {
	}

	/** Whether the verb at the token issues a statement: "issued a statement". */
	static boolean issuedAt(DocumentTokens doc, int verb) {
		if (verb + 2 >= doc.size() || !ISSUING.contains(doc.get(verb).lower())
				|| !ARTICLES.contains(doc.get(verb + 1).lower())) {
			return false;
		}
		String noun = doc.get(verb + 2).lower();
		// "released a short statement", "issued a written statement"
		if (!STATEMENTS.contains(noun) && verb + 3 < doc.size() && !doc.get(verb + 2).capitalized()) {
			noun = doc.get(verb + 3).lower();
		}
		return STATEMENTS.contains(noun);
	}

}
