package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * Two relative clauses after a company's name that the plain "which" clause leaves: one
 * whose verb an adverb leads ("Brovo Corp., which now serves more towns than any other
 * carrier, said") and one with "has" ("Halder, which has interests in shipping and
 * mining, said"). The adverb tells when and is left out of the description; what the
 * company has must be a thing, not a tense ("which has agreed to ...").
 */
final class RelativeDescriptions {

	/** Adverbs that may stand between "which" and its verb. */
	private static final Set<String> ADVERBS = NameLexicon.words("now", "also", "already", "still", "currently");

	/** Words after "has" that make it a tense or tell nothing: "has been", "has no". */
	private static final Set<String> NOT_HELD = NameLexicon.words("been", "had", "become", "no", "not", "to", "since",
			"said", "done", "made", "got", "gotten", "seen", "grown", "taken", "given", "shown", "its", "it", "yet");

	private RelativeDescriptions() {
	}

	/** "which serves more towns than any other carrier", or null. */
	static String of(DocumentTokens doc, int start, int end) {
		int which = end + 1;
		if (which + 3 >= doc.size() || !doc.get(end).is(",") || doc.boundaryBefore(which)
				|| !doc.get(which).lower().equals("which")
				|| !CompanyTrades.company(doc, start, end, doc.span(start, end))) {
			return null;
		}
		int verb = which + 1;
		boolean adverb = ADVERBS.contains(doc.get(verb).lower());
		if (adverb) {
			verb++;
		}
		Token token = doc.get(verb);
		String lower = token.lower();
		if (!token.word() || token.capitalized() || doc.boundaryBefore(verb) || verb + 1 >= doc.size()) {
			return null;
		}
		boolean has = lower.equals("has") && held(doc.get(verb + 1));
		boolean present = adverb && lower.endsWith("s") && !lower.endsWith("ss")
				&& !OrganisationFinder.VERBS.contains(lower) && !SpeechVerbs.isSpeechVerb(lower)
				&& !NameLexicon.FUNCTION_WORDS.contains(lower);
		if (!has && !present) {
			return null;
		}
		int close = OrganisationClauses.clauseEnd(doc, verb + 1, true);
		return close > verb + 2 ? "which " + doc.span(verb, close) : null;
	}

	/** "interests", "45 banks", "a stake": a thing held, not a participle. */
	private static boolean held(Token next) {
		String lower = next.lower();
		return !next.capitalized() && (next.word() || Character.isDigit(next.text().charAt(0)))
				&& !NOT_HELD.contains(lower) && !lower.endsWith("ed") && !lower.endsWith("en");
	}

}
