package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * A relative clause after a name that tells what someone does as a habit, in the present
 * tense: "Jane Roe, who follows the timber trade for a research firm," "John Doe, 34, who
 * breeds horses near Tilton,". The verb ends in "s" and says an act, not a state of mind
 * ("who wants to", "who believes that") nor a tense or a copula, which other readers take
 * ("who has", "who is"). An adverb may stand before the verb: "who also coaches", "who
 * apparently organised"; a hedge stays in what the clause says, other adverbs go.
 */
final class HabitualClauses {

	/** Present-tense verbs that say a state of mind, a wish or nothing of one's own. */
	private static final Set<String> NO_HABIT = NameLexicon.words("is", "has", "was", "does", "goes", "gets", "seems",
			"appears", "looks", "wants", "hopes", "wishes", "believes", "thinks", "knows", "feels", "needs", "likes",
			"loves", "hates", "fears", "expects", "means", "plans", "intends", "tries", "agrees", "disagrees", "admits",
			"denies", "insists", "claims", "argues", "accepts", "remains", "becomes", "happens", "uses", "lets",
			"makes", "takes", "comes", "gives", "keeps", "says", "tells", "asks", "thus", "plus", "bus", "gas", "was",
			"this", "its", "yes", "us", "news", "series");

	/** Adverbs that may stand between "who" and the verb and add nothing to the act. */
	private static final Set<String> PLAIN_ADVERBS = NameLexicon.words("also", "now", "still", "often", "usually",
			"regularly", "currently", "later", "once", "previously", "recently", "then");

	/** Adverbs that make the act only reported: they stay in the description. */
	private static final Set<String> HEDGES = NameLexicon.words("apparently", "allegedly", "reportedly", "reputedly",
			"supposedly");

	private HabitualClauses() {
	}

	/** The token of the verb after "who" and its adverb, or -1 when there is none. */
	static int verbAfter(DocumentTokens doc, int who) {
		int verb = who + 1;
		if (verb < doc.size() && adverb(doc.get(verb).lower())) {
			verb++;
		}
		return verb < doc.size() && !doc.boundaryBefore(verb) && doc.get(verb).word() ? verb : -1;
	}

	/** Where the written act begins: at a hedge kept before the verb, else the verb. */
	static int actStart(DocumentTokens doc, int verb) {
		return HEDGES.contains(doc.get(verb - 1).lower()) ? verb - 1 : verb;
	}

	/** "follows", "breeds", "plays": a verb of the present that tells a habit. */
	static boolean habitual(Token verb) {
		String lower = verb.lower();
		return !verb.capitalized() && lower.length() > 3 && lower.endsWith("s") && !lower.endsWith("ss")
				&& !lower.endsWith("us") && !lower.endsWith("is") && !lower.endsWith("'s") && !NO_HABIT.contains(lower)
				&& !SpeechVerbs.isSpeechVerb(lower) && !NameLexicon.FUNCTION_WORDS.contains(lower)
				&& !RoleWords.VERBS.contains(lower);
	}

	/**
	 * "who lives in Kabul" fits everyone there, so it tells the reader nothing of the
	 * person; "who lives in the flat above the bakery" or "who follows the steel trade"
	 * does: some word after the verb must be a plain lower-case word, not only a link and
	 * a name.
	 */
	static boolean saysMoreThanWhere(DocumentTokens doc, int verb, int end) {
		for (int t = verb + 1; t < end; t++) {
			Token token = doc.get(t);
			String lower = token.lower();
			if (token.word() && !token.capitalized() && !NameLexicon.FUNCTION_WORDS.contains(lower)
					&& !NameLexicon.PREPOSITIONS.contains(lower)) {
				return true;
			}
		}
		return false;
	}

	private static boolean adverb(String lower) {
		return PLAIN_ADVERBS.contains(lower) || HEDGES.contains(lower);
	}

}
