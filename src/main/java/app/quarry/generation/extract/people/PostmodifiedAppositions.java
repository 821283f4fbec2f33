package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * What an organisation is, told in an apposition whose noun a phrase of its own follows:
 * "Brovo, the Danish toy group at the heart of last year's pricing scandal, has ...",
 * "Halden Inc., a private-banking firm with offices in nine countries, agreed ...". The
 * apposition runs too long, or holds figures and names, for the plain rule to take it
 * whole; the noun phrase up to its noun ("the Danish toy group") says what the
 * organisation is. Also "Brovo, the third of the four big Dutch bicycle makers,": a rank
 * among organisations of a kind.
 */
final class PostmodifiedAppositions {

	private static final Set<String> ARTICLES = NameLexicon.words("a", "an", "the");

	/**
	 * Prepositions that open a phrase about the organisation, not a part of its noun:
	 * "of" ("a maker of pumps") and "to" ("a rival to Brovo") are left out, as the noun
	 * alone would not say what the organisation is.
	 */
	private static final Set<String> POSTMODIFIERS = NameLexicon.words("at", "with", "behind", "from", "under", "near",
			"in", "across", "among", "outside");

	/** Nouns that say what an organisation is to another, nothing without the other. */
	private static final Set<String> RELATIONAL = NameLexicon.words("rival", "competitor", "partner", "unit",
			"subsidiary", "division", "affiliate", "arm", "parent", "supplier", "customer", "client", "owner");

	/** Words that rank one of a kind: "the second of", "the biggest of". */
	private static final Set<String> RANKS = NameLexicon.words("first", "second", "third", "fourth", "fifth", "largest",
			"biggest", "smallest", "oldest", "youngest", "newest");

	private static final int MAX_MODIFIERS = 5;

	/** How far the phrase after the noun may run before the comma that closes it. */
	private static final int MAX_TAIL_TOKENS = 24;

	private static final int MAX_RANK_TOKENS = 12;

	private PostmodifiedAppositions() {
	}

	/**
	 * The apposition's noun phrase after the name {@code start}..{@code end}, or null.
	 */
	static String after(DocumentTokens doc, int start, int end) {
		int opener = end + 1;
		if (opener + 2 >= doc.size() || !doc.get(end).is(",") || doc.boundaryBefore(opener)
				|| !ARTICLES.contains(doc.get(opener).lower())) {
			return null;
		}
		String ranked = rank(doc, opener);
		if (ranked != null) {
			return ranked;
		}
		for (int t = opener + 1; t < doc.size() && t - opener <= MAX_MODIFIERS + 1 && !doc.boundaryBefore(t); t++) {
			Token token = doc.get(t);
			String lower = token.lower();
			boolean noun = !token.capitalized() && OrganisationWords.NOUNS.contains(lower);
			if (noun && t > opener + 1 && t + 1 < doc.size() && POSTMODIFIERS.contains(doc.get(t + 1).lower())
					&& !doc.boundaryBefore(t + 1)) {
				return !RELATIONAL.contains(lower) && closes(doc, t + 2) ? doc.span(opener, t + 1) : null;
			}
			if (!modifier(token)) {
				return null;
			}
		}
		return null;
	}

	/**
	 * "the third of the four big Dutch bicycle makers": a rank, "of", and a phrase that
	 * ends in a plural noun of organisations right before the closing comma.
	 */
	private static String rank(DocumentTokens doc, int opener) {
		if (!doc.get(opener).lower().equals("the") || !RANKS.contains(doc.get(opener + 1).lower())
				|| !doc.get(opener + 2).lower().equals("of")) {
			return null;
		}
		for (int t = opener + 3; t < doc.size() && t - opener <= MAX_RANK_TOKENS && !doc.boundaryBefore(t); t++) {
			Token token = doc.get(t);
			if (token.is(",")) {
				boolean plural = OrganisationWords.singular(doc.get(t - 1).lower()) != null;
				return plural && t > opener + 4 && continuesClause(doc, t + 1) ? doc.span(opener, t) : null;
			}
			if (!token.word() && !NameFinder.isPossessiveMark(token)
					|| OrganisationFinder.VERBS.contains(token.lower())) {
				return null;
			}
		}
		return null;
	}

	/** A word between the article and the noun: no verb, no preposition, no person. */
	private static boolean modifier(Token token) {
		String lower = token.lower();
		if (token.is("-")) {
			return true;
		}
		return token.word() && !OrganisationFinder.VERBS.contains(lower) && !NameLexicon.PREPOSITIONS.contains(lower)
				&& !NameLexicon.FUNCTION_WORDS.contains(lower) && !SpeechVerbs.isSpeechVerb(lower)
				&& !NameLexicon.isRoleNoun(lower);
	}

	/**
	 * The phrase after the noun is closed by a comma that the rest of the clause follows,
	 * or by the end of the sentence, with no clause of its own inside: else the phrase
	 * may be no apposition at all.
	 */
	private static boolean closes(DocumentTokens doc, int from) {
		for (int t = from; t <= doc.size() && t - from <= MAX_TAIL_TOKENS; t++) {
			if (t == doc.size() || doc.boundaryBefore(t)) {
				return doc.get(t - 1).is(".");
			}
			Token token = doc.get(t);
			if (token.is(",")) {
				return continuesClause(doc, t + 1);
			}
			if (token.is(";") || token.is("(") || token.is("\"") || OrganisationFinder.VERBS.contains(token.lower())
					|| SpeechVerbs.isSpeechVerb(token.lower())) {
				return false;
			}
		}
		return false;
	}

	/** ", has reported": a lower-case word that goes on with the clause, no list item. */
	private static boolean continuesClause(DocumentTokens doc, int t) {
		if (t >= doc.size() || doc.boundaryBefore(t)) {
			return false;
		}
		Token next = doc.get(t);
		String lower = next.lower();
		return next.word() && !next.capitalized() && !ARTICLES.contains(lower) && !lower.equals("and")
				&& !lower.equals("or") && !NameLexicon.PREPOSITIONS.contains(lower)
				&& !NameLexicon.FUNCTION_WORDS.contains(lower);
	}

}
