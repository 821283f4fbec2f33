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
			if (SpeechVerbs.isParticiple(token.lower()) && doc.get(t - 1).is(",")) {
				return false; // "denied claims that …, saying that “…”": the denier's own
								// words
			}
			if (!token.lower().equals("that") || !CLAIMS.contains(doc.get(t - 1).lower())) {
				continue;
			}
			int v = t - 2;
			while (v >= 0 && doc.sentence[v] == sentence && BETWEEN.contains(doc.get(v).lower())) {
				v--;
			}
			if (v >= 0 && doc.sentence[v] == sentence && TURNING_AWAY.contains(doc.get(v).lower())) {
				return true;
			}
			return answered(doc, t - 2, sentence);
		}
		return false;
	}

	/** Verbs that answer what others said, after which "to" names what they answer. */
	private static final Set<String> ANSWERING = NameLexicon.words("respond", "responds", "responded", "responding",
			"reply", "replies", "replied", "replying", "react", "reacts", "reacted", "reacting");

	/** How many words of the owner's phrase may stand between "to" and the claim noun. */
	private static final int OWNER_WORDS = 6;

	/**
	 * "The board responded to Roe's assertions that …", "Acme replied to the claims that
	 * …": the claims answered are someone else's, so the words quoted in them are too.
	 */
	private static boolean answered(DocumentTokens doc, int last, int sentence) {
		int v = last;
		while (v > 0 && last - v < OWNER_WORDS && doc.sentence[v] == sentence && ownerWord(doc, v)) {
			v--;
		}
		return v > 0 && doc.sentence[v - 1] == sentence && doc.get(v).lower().equals("to")
				&& ANSWERING.contains(doc.get(v - 1).lower());
	}

	/** A word of the phrase owning the claims: "the", "Roe's", "father's", "Roe". */
	private static boolean ownerWord(DocumentTokens doc, int t) {
		Token token = doc.get(t);
		String lower = token.lower();
		return BETWEEN.contains(lower) || possessiveMark(lower) || token.word() && token.capitalized()
				|| token.word() && t + 1 < doc.size() && possessiveMark(doc.get(t + 1).lower());
	}

	private static boolean possessiveMark(String lower) {
		return lower.endsWith("'s") || lower.endsWith("’s") || lower.equals("'") || lower.equals("’");
	}

}
