package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * A role told by a whole clause whose subject is the role and whose complement the names:
 * "The winner of the prize was Jane Roe", "The players of the series were Jane Roe for
 * Leeds and John Doe for York" (the player of the series for Leeds; without "for" one of
 * the players of the series).
 */
final class RoleClauses {

	private static final Set<String> COPULAS = NameLexicon.words("was", "were", "is", "are");

	private static final Set<String> PLURAL_COPULAS = NameLexicon.words("were", "are");

	private static final int MAX_SUBJECT_TOKENS = 9;

	private static final int MAX_LIST_TOKENS = 16;

	private static final int MAX_TEAM_TOKENS = 4;

	private RoleClauses() {
	}

	static void find(DocumentTokens doc, Mention name) {
		int copula = copulaBefore(doc, name.phraseStartToken);
		if (copula < 2) {
			return;
		}
		int sentenceStart = copula;
		while (sentenceStart > 0 && !doc.boundaryBefore(sentenceStart)) {
			sentenceStart--;
		}
		if (copula - sentenceStart > MAX_SUBJECT_TOKENS || !doc.get(sentenceStart).lower().equals("the")) {
			return;
		}
		boolean plural = PLURAL_COPULAS.contains(doc.get(copula).lower());
		int head = -1;
		for (int t = sentenceStart + 1; t < copula; t++) {
			Token token = doc.get(t);
			if (!token.word() || VERBS_AND_CLAUSES.contains(token.lower())) {
				return;
			}
			if (head < 0 && !token.capitalized() && roleNoun(token.lower(), plural)) {
				head = t;
			}
		}
		if (head < 0) {
			return;
		}
		String headWord = doc.get(head).lower();
		String singular = plural ? headWord.substring(0, headWord.length() - 1) : headWord;
		String rest = head + 1 < copula ? " " + doc.span(head + 1, copula) : "";
		String team = teamAfter(doc, name.endToken);
		if (team != null) {
			name.role = "the " + singular + rest + " for " + team;
		}
		else {
			name.role = plural ? "one of the " + headWord + rest : "the " + singular + rest;
		}
	}

	private static final Set<String> VERBS_AND_CLAUSES = NameLexicon.words("who", "which", "that", "said", "says",
			"has", "have", "had", "is", "was", "were", "are", "be", "been", "will", "would");

	private static boolean roleNoun(String lower, boolean plural) {
		if (!plural) {
			return NameLexicon.isRoleNoun(lower);
		}
		return lower.length() > 3 && lower.endsWith("s")
				&& NameLexicon.isRoleNoun(lower.substring(0, lower.length() - 1));
	}

	/**
	 * The copula the list of names that {@code first} stands in follows directly, or -1:
	 * the name right after it, or after "and" or a comma that continue a list begun right
	 * after it.
	 */
	private static int copulaBefore(DocumentTokens doc, int first) {
		if (first < 1 || doc.boundaryBefore(first)) {
			return -1;
		}
		if (COPULAS.contains(doc.get(first - 1).lower())) {
			return first - 1;
		}
		if (!doc.get(first - 1).lower().equals("and") && !doc.get(first - 1).is(",")) {
			return -1;
		}
		for (int t = first - 2; t > 0 && first - t < MAX_LIST_TOKENS && !doc.boundaryBefore(t + 1); t--) {
			if (COPULAS.contains(doc.get(t).lower())) {
				return t + 1 < doc.size() && doc.get(t + 1).capitalized() ? t : -1;
			}
			if (doc.get(t).word() && VERBS_AND_CLAUSES.contains(doc.get(t).lower())) {
				return -1;
			}
		}
		return -1;
	}

	/** "Jane Roe for West Indies": the side a name in the list stands for. */
	private static String teamAfter(DocumentTokens doc, int end) {
		if (end + 1 >= doc.size() || doc.boundaryBefore(end + 1) || !doc.get(end).lower().equals("for")
				|| !doc.get(end + 1).capitalized()) {
			return null;
		}
		int last = end + 1;
		while (last < doc.size() && last - end <= MAX_TEAM_TOKENS && !doc.boundaryBefore(last)
				&& doc.get(last).capitalized() && !NameFinder.isPossessiveMark(doc.get(last))) {
			last++;
		}
		return doc.span(end + 1, last);
	}

}
