package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * Forms of speech verbs that hand no words over: a participle inside the description
 * another verb gives ("described the book as being written “…”": the describer's words)
 * and "speak for" in the sense of standing for someone inside words reported by an
 * earlier verb ("said Westria will speak for nations that “…”"). The quote belongs to the
 * verb further back.
 */
final class NoSpeechHere {

	private static final Set<String> SPEAK = Set.of("speak", "speaks", "spoke", "speaking");

	private NoSpeechHere() {
	}

	static boolean verbOfAnotherSense(DocumentTokens doc, AttributionClauses clauses, int verb) {
		boolean described = verb >= 2 && doc.get(verb - 1).lower().equals("being")
				&& doc.get(verb - 2).lower().equals("as");
		boolean standsFor = SPEAK.contains(doc.get(verb).lower()) && verb + 1 < doc.size()
				&& doc.get(verb + 1).lower().equals("for") && speechVerbBefore(doc, clauses, verb);
		return described || standsFor;
	}

	private static boolean speechVerbBefore(DocumentTokens doc, AttributionClauses clauses, int verb) {
		for (int t = verb - 1; t >= 0 && !doc.boundaryBefore(t + 1); t--) {
			if (clauses.speechVerbAt(t)) {
				return true;
			}
		}
		return false;
	}

}
