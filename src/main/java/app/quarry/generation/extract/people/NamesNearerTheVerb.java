package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * 'He recalled how Roe had in 2001 complained about “…”': a name that stands before a
 * speech verb with only auxiliaries and a time between may be that verb's subject, nearer
 * to it than the subject of the sentence. With two people in reach of the verb, neither
 * is sure to be the speaker.
 */
final class NamesNearerTheVerb {

	/** What may stand between a subject and its verb: "had in 2001", "has also". */
	private static final Set<String> AUXILIARIES_AND_TIMES = Set.of("had", "has", "have", "also", "once", "then",
			"later", "earlier", "already", "previously", "in", "himself", "herself", "publicly", "repeatedly");

	private NamesNearerTheVerb() {
	}

	/**
	 * Whether someone else is named between the subject and its speech verb that way,
	 * when the subject does not stand right before the verb.
	 */
	static boolean between(DocumentPeople people, AttributionClauses clauses, Mention subject, int verb) {
		if (clauses.rightBefore(subject, verb)) {
			return false;
		}
		for (Mention mention : people.mentions) {
			if (mention.firstToken > subject.firstToken && mention.endToken <= verb && mention.kind == Mention.Kind.NAME
					&& !mention.inQuote && !mention.possessive && mention.person != null
					&& mention.person != subject.person && !objectOfPreposition(people.doc, mention)
					&& onlyAuxiliaries(people.doc, mention.endToken, verb)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * "Jane Roe, of the Road Centre in Leeds said": a name after a preposition is the
	 * object of that preposition, never the subject of the verb after it.
	 */
	private static boolean objectOfPreposition(DocumentTokens doc, Mention mention) {
		int before = Math.min(mention.firstToken, mention.phraseStartToken) - 1;
		if (before > 0 && doc.get(before).lower().equals("the")) {
			before--;
		}
		return before >= 0 && !doc.boundaryBefore(before + 1)
				&& NameLexicon.PREPOSITIONS.contains(doc.get(before).lower());
	}

	private static boolean onlyAuxiliaries(DocumentTokens doc, int from, int verb) {
		for (int t = from; t < verb; t++) {
			Token token = doc.get(t);
			if (!AUXILIARIES_AND_TIMES.contains(token.lower()) && !token.text().matches("\\d{4}")) {
				return false;
			}
		}
		return true;
	}

}
