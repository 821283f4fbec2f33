package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * A role told by a whole clause whose subject is the role and whose complement the names:
 * "The winner of the prize was Jane Roe", "The players of the series were Jane Roe for
 * Leeds and John Doe for York" (the player of the series for Leeds; without "for" one of
 * the players of the series). A passive naming stands for the copula: "The pilot has been
 * identified as Jane Roe", "The victims were named as Tom Lee and Ann Poe".
 */
final class RoleClauses {

	private static final Set<String> COPULAS = NameLexicon.words("was", "were", "is", "are");

	private static final Set<String> PLURAL_COPULAS = NameLexicon.words("were", "are", "have");

	/** Verbs that name who holds a role once it is told: "identified as", "named as". */
	private static final Set<String> NAMING = NameLexicon.words("identified", "named");

	/** "has been", "were": what a passive naming is built on. */
	private static final Set<String> PERFECT = NameLexicon.words("has", "have", "had");

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
		boolean naming = !COPULAS.contains(doc.get(copula).lower()) || NAMING.contains(doc.get(copula + 1).lower());
		int head = -1;
		for (int t = sentenceStart + 1; t < copula; t++) {
			Token token = doc.get(t);
			if (!token.word() || VERBS_AND_CLAUSES.contains(token.lower())) {
				return;
			}
			// "The Pilot has been identified as": a headline's capital on the noun the
			// subject ends on
			boolean lastOfSubject = t == copula - 1;
			if (head < 0 && (!token.capitalized() || lastOfSubject)
					&& (roleNoun(token.lower(), plural) || naming && personNoun(token.lower(), plural))) {
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

	/**
	 * "The driver was named as": police name whoever a story is about, so any noun for a
	 * kind of person is a role there.
	 */
	private static boolean personNoun(String lower, boolean plural) {
		String singular = plural && lower.length() > 3 && lower.endsWith("s") ? lower.substring(0, lower.length() - 1)
				: lower;
		return (!plural || !singular.equals(lower))
				&& (PersonNounLexicon.contains(singular) || AgentNouns.isAgent(singular));
	}

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
		int naming = passiveNaming(doc, first);
		if (naming >= 0) {
			return naming;
		}
		if (!doc.get(first - 1).lower().equals("and") && !doc.get(first - 1).is(",")) {
			return -1;
		}
		for (int t = first - 2; t > 0 && first - t < MAX_LIST_TOKENS && !doc.boundaryBefore(t + 1); t--) {
			if (COPULAS.contains(doc.get(t).lower())) {
				return t + 1 < doc.size() && doc.get(t + 1).capitalized() ? t : -1;
			}
			int listNaming = passiveNaming(doc, t + 1);
			if (listNaming >= 0) {
				return listNaming;
			}
			if (doc.get(t).word() && VERBS_AND_CLAUSES.contains(doc.get(t).lower())) {
				return -1;
			}
		}
		return -1;
	}

	/**
	 * Where "was identified as" or "have been named as" begins when it ends right before
	 * {@code first}, or -1: the first word of the passive, which stands for a copula.
	 */
	private static int passiveNaming(DocumentTokens doc, int first) {
		int as = first - 1;
		if (as < 3 || doc.boundaryBefore(as) || doc.boundaryBefore(as - 1) || !doc.get(as).lower().equals("as")
				|| !NAMING.contains(doc.get(as - 1).lower())) {
			return -1;
		}
		int auxiliary = as - 2;
		if (COPULAS.contains(doc.get(auxiliary).lower())) {
			return auxiliary;
		}
		boolean perfect = doc.get(auxiliary).lower().equals("been") && auxiliary > 0 && !doc.boundaryBefore(auxiliary)
				&& PERFECT.contains(doc.get(auxiliary - 1).lower());
		return perfect ? auxiliary - 1 : -1;
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
