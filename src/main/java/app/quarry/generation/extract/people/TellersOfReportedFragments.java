package app.quarry.generation.extract.people;

/**
 * 'Roe told the paper that Doe “walked in”, and told the officers, “everything he knew”':
 * a speech verb with no subject of its own, joined by "and" to a clause that an earlier
 * speech verb reports ("Roe told … that Doe …"), hands over a fragment the teller quotes.
 * The words are the teller's account, not the reported clause's subject's own.
 */
final class TellersOfReportedFragments {

	private TellersOfReportedFragments() {
	}

	/**
	 * The teller whose reported clause holds the verb, or null when the verb has a
	 * subject of its own or no earlier speech verb reports the clause with "that".
	 */
	static Mention teller(DocumentPeople people, AttributionClauses clauses, Mention subject, int verb, int open) {
		DocumentTokens doc = people.doc;
		if (subject == null || verb < 2 || !doc.get(verb - 1).lower().equals("and")
				|| clauses.rightBefore(subject, verb) || !fragment(doc, open)) {
			return null;
		}
		int sentence = doc.sentence[verb];
		Mention teller = people.index.mainSubject(sentence, subject.firstToken);
		if (teller == null || teller == subject || teller.person == null || teller.person == subject.person
				|| teller.kind == Mention.Kind.PRONOUN) {
			return null;
		}
		for (int t = teller.endToken; t < subject.firstToken; t++) {
			if (!clauses.speechVerbAt(t)) {
				continue;
			}
			if (!clauses.rightBefore(teller, t)) {
				return null;
			}
			for (int u = t + 1; u < subject.firstToken; u++) {
				if (doc.get(u).lower().equals("that")) {
					return teller;
				}
			}
			return null;
		}
		return null;
	}

	/** Words opening in lower case continue the writer's sentence: a fragment. */
	private static boolean fragment(DocumentTokens doc, int open) {
		int first = open + 1;
		return first < doc.size() && doc.get(first).word() && !doc.get(first).capitalized();
	}

}
