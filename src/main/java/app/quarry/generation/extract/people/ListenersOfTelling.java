package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * "He once told Roe: “…”", "She asked Mr Roe: “…”": a name right after a verb of telling
 * is the one spoken to, not the one speaking; the speaker is the verb's subject. So it
 * heads no words before a colon, and "told the paper that the shutdown was a “…”" reports
 * the words of the one who told, as "said that" does.
 */
final class ListenersOfTelling {

	/** Verbs whose object is the person addressed. */
	private static final Set<String> TELLING = NameLexicon.words("told", "tells", "tell", "telling", "asked", "asks",
			"ask", "asking", "warned", "warns", "warn", "warning", "reminded", "reminds", "remind", "reminding",
			"assured", "assures", "assure", "assuring", "informed", "informs", "inform", "informing", "urged", "urges",
			"urge", "urging", "promised", "promises", "promise", "promising", "begged", "implored", "pleaded",
			"advised", "advises", "advise", "advising", "instructed", "ordered");

	private ListenersOfTelling() {
	}

	/** How many words the one told may take: "told the local radio station that". */
	private static final int LISTENER_WORDS = 6;

	/**
	 * Whether "that" at the token follows a verb of telling and the one it told: "told
	 * reporters that", "assured the board of Acme that".
	 */
	static boolean toldBefore(DocumentTokens doc, int that) {
		for (int t = that - 1; t >= 1 && t >= that - LISTENER_WORDS; t--) {
			Token token = doc.get(t);
			if (doc.boundaryBefore(t + 1) || !token.word() && !NameFinder.isPossessiveMark(token)) {
				return false;
			}
			if (TELLING.contains(token.lower()) && t + 1 < that) {
				return true;
			}
		}
		return false;
	}

	/** How many names a list of those told may hold before the last. */
	private static final int MAX_LISTED = 4;

	/**
	 * Whether the name is the one told, alone or last in a list of those told: "told Roe
	 * and Doe: “…”" is spoken to both.
	 */
	static boolean addressedInList(MentionIndex index, DocumentTokens doc, Mention name) {
		Mention listed = name;
		for (int i = 0; i <= MAX_LISTED && listed != null; i++) {
			if (addressed(doc, listed)) {
				return true;
			}
			int joiner = listed.phraseStartToken - 1;
			if (joiner < 1 || doc.boundaryBefore(listed.phraseStartToken)
					|| !(doc.get(joiner).is(",") || doc.get(joiner).lower().equals("and"))) {
				return false;
			}
			listed = index.mentionEndingAt(joiner - 1);
		}
		return false;
	}

	/** Whether the name is the object of a verb of telling right before it. */
	static boolean addressed(DocumentTokens doc, Mention name) {
		int before = name.phraseStartToken - 1;
		if (before > 0 && doc.get(before).lower().equals("the") && !doc.boundaryBefore(before + 1)) {
			before--; // "told the Eastbury Echo: “…”"
		}
		return before >= 0 && !doc.boundaryBefore(name.phraseStartToken) && doc.get(before).word()
				&& TELLING.contains(doc.get(before).lower());
	}

}
