package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * "a statement by the mission", "a letter from the city council": a document's issuer the
 * text describes rather than names. The words from the article to a noun for a body or a
 * role that speaks are the issuer, as the text tells them; a possessive or another noun
 * after that word means it only qualifies something else ("the council's lawyer", "the
 * mission control room").
 */
final class DescribedIssuers {

	/** Words between the article and the body at most: "the EU naval mission". */
	private static final int MAX_MODIFIERS = 3;

	private static final Set<String> ARTICLES = NameLexicon.words("the", "a", "an");

	/** Words that end the describing run: a new phrase or clause. */
	private static final Set<String> STOPS = NameLexicon.words("of", "for", "to", "from", "with", "by", "in", "on",
			"at", "and", "or", "who", "which", "that", "whose", "as");

	private DescribedIssuers() {
	}

	/** {@code named} when known, else the issuer described at {@code t}, or null. */
	static LocalPerson orDescribed(LocalPerson named, DocumentTokens doc, int t) {
		if (named != null) {
			return named;
		}
		int end = bodyEnd(doc, t);
		return end < 0 ? null : SourceSpeakers.described(doc.span(t, end));
	}

	/** The end (exclusive) of the body described from the article at {@code t}, or -1. */
	static int bodyEnd(DocumentTokens doc, int t) {
		int n = doc.size();
		if (t >= n || !doc.get(t).word() || !ARTICLES.contains(doc.get(t).lower())) {
			return -1;
		}
		for (int u = t + 1; u < n && u <= t + MAX_MODIFIERS + 1 && !doc.boundaryBefore(u); u++) {
			Token token = doc.get(u);
			String lower = token.lower();
			if (!token.word() || STOPS.contains(lower) || SpeechVerbs.isSpeechVerb(lower)) {
				return -1;
			}
			if (body(lower) && endsPhrase(doc, u + 1)) {
				return u + 1;
			}
		}
		return -1;
	}

	/**
	 * "mission", "council", "agency": a body. A person described by a role ("an unknown
	 * author") is left to who the text names, as the role alone tells too little.
	 */
	private static boolean body(String lower) {
		return SourceSpeakers.SPEAKING_BODIES.contains(lower) || OrganisationWords.NOUNS.contains(lower);
	}

	/** Whether nothing that the noun before would qualify follows at {@code u}. */
	private static boolean endsPhrase(DocumentTokens doc, int u) {
		if (u >= doc.size() || doc.boundaryBefore(u)) {
			return true;
		}
		Token token = doc.get(u);
		return token.word() ? STOPS.contains(token.lower()) || SpeechVerbs.isSpeechVerb(token.lower())
				: !token.is("'s") && !token.is("’s") && !token.is("-");
	}

}
