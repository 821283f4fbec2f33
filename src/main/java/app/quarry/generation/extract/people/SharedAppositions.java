package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * One plural description set off after a list of names, which each of them is: "Granite
 * Bank and Lakeshore Trust, both large regional lenders," makes each "a large regional
 * lender"; so does "Alder, Birch and Cedar Bank, which were all family-owned lenders".
 */
final class SharedAppositions {

	/** Words that say the plural after them holds each name of the list. */
	private static final Set<String> EACH = NameLexicon.words("both", "all");

	private static final Set<String> PLURAL_COPULAS = NameLexicon.words("are", "were");

	/**
	 * "state run", "family owned": a participle after the word that says by whom, which
	 * the writer left without its hyphen, still modifies the plural.
	 */
	private static final Set<String> MODIFYING_PARTICIPLES = NameLexicon.words("run", "owned", "held", "backed",
			"controlled", "funded", "operated");

	private static final int MAX_LIST_TOKENS = 14;

	private static final int MAX_DESCRIPTION_TOKENS = 8;

	private SharedAppositions() {
	}

	/**
	 * The description each name of the list that goes on after {@code end} shares, as one
	 * of them ("a large regional lender"), or null when no such list and plural follow;
	 * {@code namesBefore} names of the list end at {@code end}.
	 */
	static String after(DocumentTokens doc, int end, int namesBefore) {
		int names = namesBefore;
		boolean separated = false;
		for (int t = end; t < doc.size() && t - end <= MAX_LIST_TOKENS && !doc.boundaryBefore(t); t++) {
			Token token = doc.get(t);
			String lower = token.lower();
			if (token.is(",")) {
				String description = described(doc, t + 1);
				if (description != null) {
					return names >= 2 && !separated ? description : null;
				}
				separated = true;
			}
			else if (lower.equals("and") || token.is("&")) {
				separated = true;
			}
			else if (token.capitalized() || token.is(".") && t > 0 && doc.get(t - 1).capitalized()) {
				names += separated ? 1 : 0;
				separated = false;
			}
			else {
				return null;
			}
		}
		return null;
	}

	/**
	 * How many names of a list stand before the name at {@code start}, joined to it by
	 * commas and "and": "Granite Bank, and" before "Lakeshore Trust" is one.
	 */
	static int namesBefore(DocumentTokens doc, int start) {
		int names = 0;
		boolean separated = false;
		for (int t = start - 1; t >= 0 && start - t <= MAX_LIST_TOKENS && !doc.boundaryBefore(t + 1); t--) {
			Token token = doc.get(t);
			if (token.is(",") || token.lower().equals("and") || token.is("&")) {
				separated = true;
			}
			else if (token.capitalized() || token.is(".") && t > 0 && doc.get(t - 1).capitalized()) {
				names += separated ? 1 : 0;
				separated = false;
			}
			else {
				break;
			}
		}
		return names;
	}

	/**
	 * "both large regional lenders" or "which were all family-owned lenders" from
	 * {@code at}, closed by a mark: "a large regional lender".
	 */
	private static String described(DocumentTokens doc, int at) {
		int t = at;
		if (t + 2 < doc.size() && doc.get(t).lower().equals("which")
				&& PLURAL_COPULAS.contains(doc.get(t + 1).lower())) {
			t += 2;
		}
		if (t + 1 >= doc.size() || !EACH.contains(doc.get(t).lower()) || doc.boundaryBefore(t)) {
			return null;
		}
		int from = t + 1;
		for (int k = from; k < doc.size() && k - from < MAX_DESCRIPTION_TOKENS && !doc.boundaryBefore(k); k++) {
			Token token = doc.get(k);
			String singular = token.capitalized() ? null : OrganisationWords.singular(token.lower());
			if (singular != null) {
				boolean closed = k + 1 >= doc.size() || doc.boundaryBefore(k + 1)
						|| ",.;".contains(doc.get(k + 1).text());
				return closed ? Indefinites.of(k > from ? doc.span(from, k) + " " + singular : singular) : null;
			}
			if (!modifier(doc, k) && !byWhomParticiple(doc, from, k)) {
				return null;
			}
		}
		return null;
	}

	/**
	 * "state run": the participle, or the lower-case word before it that says by whom
	 * (which may be spelled as a verb, as "state" is).
	 */
	private static boolean byWhomParticiple(DocumentTokens doc, int from, int k) {
		Token token = doc.get(k);
		if (k > from && MODIFYING_PARTICIPLES.contains(token.lower())) {
			return true;
		}
		return token.word() && !token.capitalized() && k + 1 < doc.size() && !doc.boundaryBefore(k + 1)
				&& MODIFYING_PARTICIPLES.contains(doc.get(k + 1).lower())
				&& !NameLexicon.FUNCTION_WORDS.contains(token.lower());
	}

	/** "very", "large", "U.S.", "state-run": a word before the plural noun. */
	private static boolean modifier(DocumentTokens doc, int t) {
		Token token = doc.get(t);
		String lower = token.lower();
		if (token.is("-") || token.is(".") && t > 0 && doc.get(t - 1).capitalized()) {
			return true;
		}
		return token.word() && !OrganisationFinder.VERBS.contains(lower) && !NameLexicon.FUNCTION_WORDS.contains(lower)
				&& !NameLexicon.PREPOSITIONS.contains(lower) && !SpeechVerbs.isSpeechVerb(lower)
				&& !NameFinder.isPossessiveMark(token);
	}

}
