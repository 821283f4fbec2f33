package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * "Roe has dismissed claims that his plan was “a gift to the rich”": words quoted inside
 * claims, suggestions or accusations that the sentence's subject dismisses, denies or
 * rejects are what others said of the subject, never the subject's own words.
 */
final class DisputedClaims {

	/** Nouns for what others said, whose "that" clause the quote may sit in. */
	private static final Set<String> CLAIMS = NameLexicon.words("claim", "claims", "suggestion", "suggestions",
			"accusation", "accusations", "allegation", "allegations", "charges", "criticism", "criticisms", "charge",
			"rumour", "rumours", "rumor", "rumors", "speculation", "assertion", "assertions", "complaint", "complaints",
			"reports", "remarks", "comments");

	/** Verbs that turn such claims away. */
	private static final Set<String> TURNING_AWAY = NameLexicon.words("dismiss", "dismisses", "dismissed", "dismissing",
			"deny", "denies", "denied", "denying", "reject", "rejects", "rejected", "rejecting", "refute", "refutes",
			"refuted", "refuting", "rebut", "rebuts", "rebutted", "rebuff", "rebuffed", "counter", "countered",
			"contest", "contested", "disputed", "disputes", "dispute", "ridiculed", "scorned");

	/**
	 * Words a claim noun may have between it and the verb: "dismissed the recent claims".
	 */
	private static final Set<String> BETWEEN = NameLexicon.words("the", "these", "those", "such", "any", "all",
			"recent", "latest", "new", "repeated", "fresh", "further", "opposition", "media", "press", "earlier",
			"widespread", "growing", "persistent");

	/** How far back from the quote the "that" of the claim may stand. */
	private static final int LOOK_BACK = 25;

	private DisputedClaims() {
	}

	/** Whether the quote opening at {@code open} sits in a disputed claim's clause. */
	static boolean quotedInside(DocumentTokens doc, int open) {
		int sentence = doc.sentence[open];
		for (int t = open - 1; t > 0 && t >= open - LOOK_BACK && doc.sentence[t] == sentence; t--) {
			Token token = doc.get(t);
			if (token.is("\"") || token.is("“") || token.is("”") || token.is(";") || token.is(":")) {
				return false;
			}
			if (!token.lower().equals("that") || !CLAIMS.contains(doc.get(t - 1).lower())) {
				continue;
			}
			int v = t - 2;
			while (v >= 0 && doc.sentence[v] == sentence && BETWEEN.contains(doc.get(v).lower())) {
				v--;
			}
			return v >= 0 && doc.sentence[v] == sentence && TURNING_AWAY.contains(doc.get(v).lower());
		}
		return false;
	}

}
