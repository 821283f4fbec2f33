package app.quarry.generation.extract.people;

import java.util.Set;

import static app.quarry.generation.extract.people.RoleWords.ARTICLES;
import static app.quarry.generation.extract.people.RoleWords.COPULAS;

/**
 * The verbs after a subject that give it a role: a copula ("was the chair of ...", "was
 * currently the co-chair of ..."), "served as", a passive that confers one ("was
 * appointed dictator", "was elected president of the club", "became king of Macedon") and
 * one that names what others call the subject ("is sometimes referred to as the founding
 * father of ...", "was recognised as one of the cricketers of the year").
 */
final class RoleVerbs {

	private static final Set<String> AUXILIARIES = NameLexicon.words("has", "had", "have");

	private static final Set<String> SERVED = NameLexicon.words("served", "serves", "serving");

	/** Copulas a passive participle may follow: "was appointed", "has been named". */
	private static final Set<String> PASSIVE = NameLexicon.words("is", "was", "been");

	/** Verbs by which a subject leaves the role after "as". */
	private static final Set<String> LEFT = NameLexicon.words("resigned", "resigns", "retired", "retires");

	private static final Set<String> BECAME = NameLexicon.words("became", "becomes");

	/** Passives that confer a role, written with or without an article after them. */
	private static final Set<String> CONFERRING = NameLexicon.words("appointed", "elected", "named", "voted", "crowned",
			"proclaimed", "installed", "chosen", "made", "promoted", "re-elected", "reelected", "sworn");

	/**
	 * Passives that say what others call the subject: the role after them needs "the" or
	 * "a".
	 */
	private static final Set<String> CALLED = NameLexicon.words("referred", "known", "regarded", "recognised",
			"recognized", "described", "hailed", "remembered", "seen", "considered", "acknowledged", "celebrated");

	/**
	 * Adverbs that may stand inside the verb: "was currently the", "is often referred
	 * to".
	 */
	private static final Set<String> ADVERBS = NameLexicon.words("also", "now", "still", "later", "then", "once",
			"soon", "first", "best", "often", "sometimes", "widely", "commonly", "generally", "currently", "previously",
			"formerly", "subsequently", "eventually", "briefly", "already", "since", "again");

	/** Words that open another clause, whose verb has another subject. */
	private static final Set<String> CLAUSE_WORDS = NameLexicon.words("that", "which", "who", "whom", "whose", "when",
			"while", "if", "because", "although", "though", "where", "whether", "but", "or", "nor", "so", "unless",
			"until", "whereas", "what");

	private static final int MAX_CLAUSE_TOKENS = 25;

	private RoleVerbs() {
	}

	/**
	 * The role the verb at {@code t} gives its subject, or null. {@code lifeSpan}: the
	 * subject's life span stands before the verb, which makes anything a copula gives it
	 * a role ("Jane Roe (1801–1870) was a potter").
	 */
	static String roleAfter(DocumentTokens doc, int t, boolean lifeSpan) {
		// "Jane Roe also was named ...": an adverb may stand before the verb too
		t = skipAdverbs(doc, t);
		boolean perfect = false;
		if (t + 1 < doc.size() && AUXILIARIES.contains(doc.get(t).lower()) && !doc.boundaryBefore(t + 1)) {
			t++;
			perfect = true;
		}
		if (t + 1 < doc.size() && doc.get(t).lower().equals("been") && SERVED.contains(doc.get(t + 1).lower())) {
			t++; // "has been serving as"
		}
		if (t >= doc.size() || doc.boundaryBefore(t) || !doc.get(t).word()) {
			return null;
		}
		// "has become an unpaid mentor at Acme" holds the role as "became" does
		String verb = perfect && doc.get(t).lower().equals("become") ? "became" : doc.get(t).lower();
		String held = RelativeClauseRoles.heldBySubject(doc, t);
		held = held != null ? held : NamedBodiesRun.roleAt(doc, t);
		if (held != null) {
			return held;
		}
		int next = skipAdverbs(doc, t + 1);
		if (next + 1 >= doc.size() || doc.boundaryBefore(next)) {
			return null;
		}
		String word = doc.get(next).lower();
		int pressedToLeave = ResignationsUnderPressure.asAfter(doc, t);
		if (pressedToLeave > 0) {
			String role = withOrWithoutArticle(doc, pressedToLeave + 1);
			return role == null ? null : "former " + role.replaceFirst("^(?:the|a|an) ", "");
		}
		if (LEFT.contains(verb) && word.equals("as")) {
			// "Jane Roe resigned as general manager": she no longer is one
			String role = withOrWithoutArticle(doc, next + 1);
			return role == null ? null : "former " + role.replaceFirst("^(?:the|a|an) ", "");
		}
		if (SERVED.contains(verb)) {
			// "Jane Roe served as mayor of Leeds": the role needs no article
			return word.equals("as") ? withOrWithoutArticle(doc, next + 1) : null;
		}
		if (PASSIVE.contains(verb) && CONFERRING.contains(word)) {
			int first = skipAdverbs(doc, next + 1);
			if (first < doc.size() && doc.get(first).lower().equals("as")) {
				first++; // "was appointed as head of"
			}
			if (word.equals("voted") && (first >= doc.size() || !ARTICLES.contains(doc.get(first).lower()))) {
				return null; // "was voted out", "was voted best actor by critics": no
								// post
			}
			return withOrWithoutArticle(doc, first);
		}
		if (PASSIVE.contains(verb) && CALLED.contains(word)) {
			int first = next + 1;
			if (first < doc.size() && doc.get(first).lower().equals("to")) {
				first++; // "referred to as"
			}
			if (first >= doc.size() || !doc.get(first).lower().equals("as") && !word.equals("considered")) {
				return null;
			}
			return withArticle(doc, word.equals("considered") ? first : first + 1, false);
		}
		if (BECAME.contains(verb) && !ARTICLES.contains(word) && !doc.boundaryBefore(next)) {
			return withOrWithoutArticle(doc, next);
		}
		if (!COPULAS.contains(verb) && !verb.equals("been")) {
			return null;
		}
		String role = withArticle(doc, next, lifeSpan);
		// "Jane Roe is chairman and chief executive of Acme": a post needs no article
		boolean post = !doc.get(next).capitalized()
				&& (NameLexicon.isRoleNoun(word) || RoleWords.MODIFIERS.contains(word)) || BarePosts.opensAt(doc, next);
		return role == null && post ? withOrWithoutArticle(doc, next) : role;
	}

	/**
	 * The token of the verb of a clause's second predicate ("Jane Roe had served in the
	 * House since 1999 and was ..."), whose subject is the one that opens the clause, or
	 * -1. The first predicate must begin with a verb and hold no other clause.
	 */
	static int coordinatedVerb(DocumentTokens doc, int t) {
		if (t >= doc.size() || doc.boundaryBefore(t) || !doc.get(t).word() || doc.get(t).capitalized()
				|| doc.get(t).lower().equals("and") || NameFinder.isPossessiveMark(doc.get(t))) {
			return -1;
		}
		for (int i = t + 1; i + 1 < doc.size() && i - t < MAX_CLAUSE_TOKENS && !doc.boundaryBefore(i); i++) {
			Token token = doc.get(i);
			String lower = token.lower();
			if (token.is(";") || token.is(":") || CLAUSE_WORDS.contains(lower) || SpeechVerbs.isSpeechVerb(lower)) {
				return -1;
			}
			if (lower.equals("and") && !doc.boundaryBefore(i + 1)) {
				int verb = skipAdverbs(doc, i + 1);
				String next = verb < doc.size() ? doc.get(verb).lower() : "";
				return AUXILIARIES.contains(next) || SERVED.contains(next) || COPULAS.contains(next) ? verb : -1;
			}
		}
		return -1;
	}

	/**
	 * "dictator perpetuo", "the lord of the city": the article is optional. A bare noun
	 * ("became president in 2001") says too little of the role to ask about.
	 */
	private static String withOrWithoutArticle(DocumentTokens doc, int first) {
		if (first >= doc.size() || doc.boundaryBefore(first) || !doc.get(first).word()) {
			return null;
		}
		boolean article = ARTICLES.contains(doc.get(first).lower());
		String role = CopularRoles.rolePhrase(doc, first, article ? first + 1 : first, false);
		return role == null || !article && role.indexOf(' ') < 0 ? null : role;
	}

	/** "a Scottish botanist", "the chair of ...", "one of the founders of ...". */
	private static String withArticle(DocumentTokens doc, int first, boolean lifeSpan) {
		if (first + 1 >= doc.size() || doc.boundaryBefore(first) || doc.boundaryBefore(first + 1)) {
			return null;
		}
		if (ARTICLES.contains(doc.get(first).lower())) {
			return CopularRoles.rolePhrase(doc, first, first + 1, lifeSpan);
		}
		boolean oneOf = doc.get(first).lower().equals("one") && doc.get(first + 1).lower().equals("of");
		return oneOf ? CopularRoles.rolePhrase(doc, first, first, false) : null;
	}

	/** True for a passive that confers a role ("appointed"): the role, not the act. */
	static boolean conferring(String lower) {
		return CONFERRING.contains(lower) || CALLED.contains(lower);
	}

	static int skipAdverbs(DocumentTokens doc, int t) {
		int skipped = 0;
		while (t < doc.size() && skipped < 2 && !doc.boundaryBefore(t) && ADVERBS.contains(doc.get(t).lower())) {
			t++;
			skipped++;
		}
		return t;
	}

}
