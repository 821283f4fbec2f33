package app.quarry.generation.extract.people;

/**
 * "Doe met King Otto of Westria, who argued for tariffs, saying: “…”": a participle that
 * follows a "who" clause set off after a name goes on from that clause, so the words are
 * the name's, not those of the main clause's subject.
 */
final class ParticiplesAfterRelativeClauses {

	/** How far back from the participle the "who" may stand. */
	private static final int MAX_CLAUSE_TOKENS = 30;

	private ParticiplesAfterRelativeClauses() {
	}

	/**
	 * The name the nearest "who" before the participle stands for, or null when no "who"
	 * clause stands between the participle and its sentence's opening, or its name cannot
	 * be told.
	 */
	static Mention speaker(DocumentPeople people, int participle) {
		DocumentTokens doc = people.doc;
		for (int t = participle - 1; t > 1 && participle - t <= MAX_CLAUSE_TOKENS && !doc.boundaryBefore(t + 1); t--) {
			Token token = doc.get(t);
			if (token.is("”") || token.is("\"") || token.is("“")) {
				return null; // another quotation's clause
			}
			String lower = token.lower();
			if (lower.equals("which") || lower.equals("whom") || lower.equals("whose")) {
				return null;
			}
			if ((lower.equals("and") || lower.equals("but")) && doc.get(t - 1).is(",")) {
				return null; // "…, who won, and later spoke, saying": back in the main
								// clause
			}
			if (lower.equals("who")) {
				return doc.get(t - 1).is(",") ? antecedent(people, t - 1) : null;
			}
		}
		return null;
	}

	/**
	 * The name set off by the comma, also with where it comes from after it ("King Otto
	 * of Westria, who"): a person's name, not an owner's.
	 */
	private static Mention antecedent(DocumentPeople people, int comma) {
		DocumentTokens doc = people.doc;
		for (Mention mention : people.mentions) {
			if (mention.firstToken >= comma) {
				break;
			}
			boolean setOff = mention.endToken == comma || mention.appositionEndToken == comma
					|| placeAfter(doc, mention.endToken, comma);
			if (setOff && mention.kind == Mention.Kind.NAME && !mention.inQuote && !mention.possessive
					&& mention.person != null && !mention.person.described) {
				return mention;
			}
		}
		return null;
	}

	/** "of Westria", "of the Acme Group": where the one named comes from. */
	private static boolean placeAfter(DocumentTokens doc, int from, int to) {
		if (from + 1 >= to || !doc.get(from).lower().equals("of")) {
			return false;
		}
		for (int t = from + 1; t < to; t++) {
			Token token = doc.get(t);
			if (!token.word() || !token.capitalized() && !(t == from + 1 && token.lower().equals("the"))) {
				return false;
			}
		}
		return true;
	}

}
