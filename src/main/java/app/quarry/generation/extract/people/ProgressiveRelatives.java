package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * A relative clause after a name that tells what the person is doing: "Jane Roe, who is
 * testing the new scheme," or, after the speech verb that closes a quote and with no
 * comma, "said Jane Roe who is testing the new scheme." The ongoing act is who she is to
 * the story ("someone who is testing the new scheme"). After a speech verb the name ends
 * the clause, so a relative clause with no comma still describes her, and its other
 * shapes ("who heads the trust") are read as they are after a comma.
 */
final class ProgressiveRelatives {

	private static final Set<String> AUXILIARIES = NameLexicon.words("is", "was", "are", "were", "has", "had");

	private static final int MIN_ACT_TOKENS = 2;

	private static final int MAX_ACT_TOKENS = 14;

	private ProgressiveRelatives() {
	}

	static void find(DocumentTokens doc, Mention name) {
		int who = name.endToken;
		boolean comma = who < doc.size() && doc.get(who).is(",");
		if (comma) {
			who++;
		}
		if (name.role != null || who + 2 >= doc.size() || doc.boundaryBefore(who) || doc.boundaryBefore(who + 1)
				|| !doc.get(who).lower().equals("who")) {
			return;
		}
		if (!comma && !afterSpeechVerb(doc, name)) {
			return;
		}
		int verb = who + 2;
		boolean progressive = AUXILIARIES.contains(doc.get(who + 1).lower()) && !doc.boundaryBefore(verb)
				&& ongoing(doc.get(verb));
		if (!progressive) {
			if (!comma) {
				RelativeClauseRoles.find(doc, name, who);
			}
			return;
		}
		int end = SubjectActs.clauseEnd(doc, verb);
		if (end - verb < MIN_ACT_TOKENS || end - verb > MAX_ACT_TOKENS) {
			return;
		}
		String act = SubjectActs.written(doc, who + 1, end);
		if (act != null) {
			String role = SubjectActs.SOMEONE_WHO + act;
			name.appositionEndToken = end;
			name.role = role;
			name.appositionRole = role;
		}
	}

	/** "taking", "working": the -ing form of a verb, not "being" or "going to". */
	private static boolean ongoing(Token token) {
		String lower = token.lower();
		return token.word() && !token.capitalized() && lower.endsWith("ing") && lower.length() > 5
				&& !lower.equals("being") && !lower.equals("going");
	}

	/**
	 * "\"...,\" said Jane Roe": a speech verb right after a quote and right before the
	 * name, so that the name ends the clause ("told Jane Roe who ... to wait" goes on).
	 */
	private static boolean afterSpeechVerb(DocumentTokens doc, Mention name) {
		int before = name.phraseStartToken - 1;
		if (before < 1 || doc.boundaryBefore(name.phraseStartToken) || doc.get(before).capitalized()
				|| !SpeechVerbs.isSpeechVerb(doc.get(before).lower())) {
			return false;
		}
		String mark = doc.get(before - 1).text();
		return mark.equals("\"") || mark.equals("\u201d") || mark.equals(",");
	}

}
