package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * The role a person is to lose or hand on: "seeks to oust Rita Hagen as chairman of Quist
 * Inc." and "was named to succeed Tom Roe as chief executive" tell that Hagen is Quist's
 * chairman and Roe the chief executive. The role is read only when it is a role noun with
 * at most a few lower-case words before it, and the company only when a name follows
 * "of".
 */
final class RolesGivenUp {

	private static final Set<String> VERBS = NameLexicon.words("oust", "ousts", "ousted", "ousting", "replace",
			"replaces", "replaced", "replacing", "succeed", "succeeds", "succeeded", "succeeding", "unseat", "unseats",
			"unseated", "unseating");

	private static final int MAX_ROLE_WORDS = 3;

	private static final int MAX_COMPANY_WORDS = 5;

	private RolesGivenUp() {
	}

	static void find(DocumentTokens doc, Mention name) {
		int verb = name.phraseStartToken - 1;
		int as = name.endToken;
		if (verb < 0 || as + 1 >= doc.size() || doc.boundaryBefore(name.phraseStartToken)
				|| !VERBS.contains(doc.get(verb).lower()) || !doc.get(as).lower().equals("as")
				|| doc.boundaryBefore(as)) {
			return;
		}
		int end = as + 1;
		int noun = -1;
		while (end < doc.size() && end - as <= MAX_ROLE_WORDS && !doc.boundaryBefore(end) && doc.get(end).word()
				&& !doc.get(end).capitalized() && !NameLexicon.FUNCTION_WORDS.contains(doc.get(end).lower())) {
			if (NameLexicon.isRoleNoun(doc.get(end).lower())) {
				noun = end;
			}
			end++;
		}
		if (noun < 0 || noun + 1 != end) {
			return; // "replace Roe as the face of the brand": no role noun ends the words
		}
		String role = doc.span(as + 1, end);
		if (end + 1 < doc.size() && doc.get(end).lower().equals("of") && doc.get(end + 1).capitalized()) {
			int company = OrganisationWords.withAbbreviationPeriod(doc, OrganisationNameRuns.runEnd(doc, end + 1));
			if (company - end - 1 > MAX_COMPANY_WORDS) {
				return;
			}
			role = role + " of " + doc.span(end + 1, company);
		}
		name.role = role;
	}

}
