package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * "The paper quoted Roe as saying “…”", "Doe cited Roe as having said it was “…”": the
 * words are those of the one quoted, never of whoever quotes them.
 */
final class QuotedAsSaying {

	private static final Set<String> QUOTING = NameLexicon.words("quoted", "quotes", "quote", "quoting", "cited",
			"cites", "cite", "citing");

	private static final Set<String> BE_FORMS = NameLexicon.words("is", "was", "are", "were", "be", "been", "being");

	/** Words that open a noun phrase: "quoted an aide as saying" names nobody. */
	private static final Set<String> NOUN_OPENERS = NameLexicon.words("a", "an", "the", "one", "two", "some", "his",
			"her", "its", "their", "our", "unnamed", "senior");

	/** How many tokens the one quoted may take: "quoted Roe's deputy, Jane Doe, as". */
	private static final int MAX_QUOTED_TOKENS = 12;

	private QuotedAsSaying() {
	}

	/**
	 * Who speaks through the speech verb after "quoted … as", or null when the verb is
	 * not so introduced (or is passive, "Roe was quoted as saying", whose subject
	 * speaks); unresolved when the one quoted is named by no mention.
	 */
	static FoundSpeaker speaker(DocumentPeople people, int verb) {
		DocumentTokens doc = people.doc;
		int as = verb - 1;
		if (as > 0 && doc.get(as).lower().equals("having")) {
			as--;
		}
		if (as < 2 || !doc.get(as).lower().equals("as")) {
			return null;
		}
		int quoting = -1;
		for (int t = as - 1; t >= 0 && t >= as - MAX_QUOTED_TOKENS && !doc.boundaryBefore(t + 1); t--) {
			if (QUOTING.contains(doc.get(t).lower())) {
				quoting = t;
				break;
			}
		}
		if (quoting < 0 || quoting + 1 >= as || doc.get(quoting + 1).lower().equals("by")
				|| quoting > 0 && BE_FORMS.contains(doc.get(quoting - 1).lower())) {
			return null;
		}
		Mention quoted = null;
		for (Mention mention : people.mentions) {
			if (mention.firstToken > quoting && mention.endToken <= as && !mention.inQuote && !mention.possessive
					&& mention.person != null) {
				quoted = mention;
			}
		}
		if (quoted != null) {
			return FoundSpeaker.of(quoted);
		}
		return NOUN_OPENERS.contains(doc.get(quoting + 1).lower()) ? FoundSpeaker.UNRESOLVED : null;
	}

}
