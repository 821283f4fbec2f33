package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * "The mayor called the plan a “shameful waste”", "A spokesman described the raid as
 * “pure luck”", "Roe described her rivals as “greedy traitors”": words that an active
 * verb of calling or describing gives to its object are the subject's own judgement of
 * it, whoever the subject is. With nothing between the verb and the words ("called a
 * “…”", "known as “…”") they are a name, and a passive ("was described as") names no one
 * who chose them.
 */
final class DescriptionsGivenByTheSubject {

	private static final Set<String> CALLING = NameLexicon.words("called", "calls", "call", "calling", "labelled",
			"labeled", "labelling", "labeling", "branded", "brands", "branding", "termed", "terms", "terming");

	private static final Set<String> DESCRIBING = NameLexicon.words("described", "describes", "describe", "describing",
			"characterised", "characterized", "characterises", "characterizes", "characterising", "characterizing");

	private static final Set<String> ARTICLES = NameLexicon.words("a", "an", "the");

	/**
	 * Words that make the verb passive or its object a name: "was called", "so-called".
	 */
	private static final Set<String> NOT_ACTIVE = NameLexicon.words("is", "are", "was", "were", "be", "been", "being",
			"so", "so-called", "often", "commonly", "widely", "also", "sometimes", "what");

	/** "called for", "called on": the verb asks, it does not name. */
	private static final Set<String> PARTICLES = NameLexicon.words("for", "on", "off", "up", "in", "out", "back");

	/** The longest object read: "the second failed raid on the old harbour wall". */
	private static final int OBJECT_TOKENS = 10;

	private DescriptionsGivenByTheSubject() {
	}

	/**
	 * Whether the quote opening at {@code open} is a description its clause's subject
	 * gave.
	 */
	static boolean given(DocumentTokens doc, int open) {
		int t = open - 1;
		if (t < 2 || doc.boundaryBefore(open)) {
			return false;
		}
		if (ARTICLES.contains(doc.get(t).lower())) {
			t--;
		}
		boolean as = doc.get(t).lower().equals("as");
		Set<String> verbs = as ? DESCRIBING : CALLING;
		int objectEnd = as ? t : t + 1;
		for (int v = objectEnd - 1; v > 0 && objectEnd - v <= OBJECT_TOKENS && !doc.boundaryBefore(v + 1); v--) {
			Token token = doc.get(v);
			if (!token.word() && !NameFinder.isPossessiveMark(token)) {
				return false;
			}
			if (verbs.contains(token.lower())) {
				return v + 1 < objectEnd && !PARTICLES.contains(doc.get(v + 1).lower())
						&& !NOT_ACTIVE.contains(doc.get(v - 1).lower()) && !token.capitalized();
			}
		}
		return false;
	}

}
