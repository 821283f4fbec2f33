package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * What an organisation is, told in a phrase set off by a comma before its name: "a
 * mid-size insurance company, Brovo Life, which ...", "the band's record label, Kestrel
 * Records.", "Tessaro Corp.'s electronics unit, Tessaro Dynamics, said", "its partner,
 * Ridgeway Co., in ...". The phrase must end in a noun for an organisation or for what
 * one organisation is to another, and the name must be closed by a mark or a relative
 * pronoun, so that a list ("banks, insurers, Brovo and ...") or a clause is no
 * apposition.
 */
final class OrganisationsSetOffBefore {

	private static final Set<String> INDEFINITE = NameLexicon.words("a", "an");

	private static final Set<String> OWNER_PRONOUNS = NameLexicon.words("its", "their");

	/**
	 * Nouns for what an organisation is to another ("its partner", "Brovo's biggest
	 * customer"): they tell nothing without whose they are, so the owner must be named.
	 */
	private static final Set<String> RELATIONS = NameLexicon.words("partner", "customer", "client", "neighbor",
			"neighbour", "rival", "competitor", "unit", "subsidiary", "division", "affiliate", "arm", "parent", "owner",
			"supplier");

	/** Words that close a name set off before by its description. */
	private static final Set<String> CLOSERS = NameLexicon.words(",", ".", ";", "(", "which", "that");

	private static final int MAX_DESCRIPTION_TOKENS = 8;

	private OrganisationsSetOffBefore() {
	}

	/**
	 * The description set off before the name at {@code start}..{@code end}, or null.
	 */
	static String before(DocumentTokens doc, int start, int end, boolean[] named) {
		int comma = start - 1;
		if (theAfterComma(doc, comma)) {
			comma--; // "Mr Roe's union, the Teachers Guild Association,": "the" opens the
						// name
		}
		if (comma < 2 || !doc.get(comma).is(",") || doc.boundaryBefore(start) || doc.boundaryBefore(comma)
				|| !closed(doc, end) || ThingNames.listGoesOn(doc, end) || listAfter(doc, end)) {
			return null;
		}
		int head = comma - 1;
		Token headToken = doc.get(head);
		String noun = headToken.lower();
		boolean relation = RELATIONS.contains(noun);
		if (!headToken.word() || headToken.capitalized() || !relation && !OrganisationWords.NOUNS.contains(noun)) {
			return null;
		}
		if (relation && !OrganisationWords.UNITS.contains(noun) && ShownPersonNames.any(named, start, end)
				&& !OrganisationWords.companyName(doc, start, end)) {
			return null; // "its partner, Jane Roe,": a person may be one too, not a unit
		}
		int opener = opener(doc, head);
		if (opener < 0 || opener > 0 && !doc.boundaryBefore(opener) && listBefore(doc.get(opener - 1))
				|| ThingsSetOff.inOpeningPhrase(doc, opener)) {
			return null;
		}
		Token first = doc.get(opener);
		String lower = first.lower();
		if (OWNER_PRONOUNS.contains(lower)) {
			String owner = lower.equals("its") ? ItsOwners.ownerOfIts(doc, opener) : null;
			// "its partner" with no owner the rules can name tells nothing
			if (owner == null || doc.span(start, end).equals(owner)) {
				return null;
			}
			return owner + (owner.endsWith("s") ? "' " : "'s ") + doc.span(opener + 1, comma);
		}
		boolean ownerNamed = !INDEFINITE.contains(lower) && !lower.equals("the");
		if (relation && !ownerNamed && !ownedInside(doc, opener, head)
				|| !telling(doc, opener + 1, head) && !ownerNamed) {
			return null; // "the company, Brovo," or "a unit, Brovo,": no question in it
		}
		return INDEFINITE.contains(lower) || lower.equals("the") ? lower + " " + doc.span(opener + 1, comma)
				: doc.span(opener, comma);
	}

	/**
	 * The first token of the phrase that ends at {@code head}: an article, "its", or an
	 * owner's capitalized name with its possessive; -1 when a word that no noun phrase
	 * holds comes first.
	 */
	private static int opener(DocumentTokens doc, int head) {
		for (int t = head - 1; t >= 0 && head - t <= MAX_DESCRIPTION_TOKENS; t--) {
			Token token = doc.get(t);
			String lower = token.lower();
			if (INDEFINITE.contains(lower) || lower.equals("the") || OWNER_PRONOUNS.contains(lower)) {
				return t;
			}
			if (NameFinder.isPossessiveMark(token) && t > 0
					&& (doc.get(t - 1).capitalized() || abbreviationStop(doc, t - 1)) && !doc.boundaryBefore(t)) {
				int owner = t - 1;
				while (owner > 0 && t - owner < OrganisationNameRuns.MAX_NAME_TOKENS
						&& (doc.get(owner - 1).capitalized() || abbreviationStop(doc, owner - 1))
						&& !doc.boundaryBefore(owner) && !doc.get(owner - 1).lower().equals("the")) {
					owner--;
				}
				// "Tessaro Corp.'s electronics unit": the owner's name opens the phrase,
				// unless "the" makes it a modifier ("the Beatles' label")
				return owner > 0 && doc.get(owner - 1).lower().equals("the") && !doc.boundaryBefore(owner) ? owner - 1
						: owner;
			}
			if (doc.boundaryBefore(t) && t < head || !modifier(token) && !joinsModifiers(doc, t)) {
				return -1;
			}
		}
		return -1;
	}

	/** ", the" right before a name: the article belongs to the name set off. */
	private static boolean theAfterComma(DocumentTokens doc, int t) {
		return t > 2 && doc.get(t).lower().equals("the") && !doc.get(t).capitalized() && doc.get(t - 1).is(",")
				&& !doc.boundaryBefore(t);
	}

	/** "defense and automotive": "and" between two lower-case modifiers. */
	private static boolean joinsModifiers(DocumentTokens doc, int t) {
		return doc.get(t).lower().equals("and") && t > 0 && doc.get(t - 1).word() && !doc.get(t - 1).capitalized()
				&& doc.get(t + 1).word() && !doc.get(t + 1).capitalized()
				&& !NameLexicon.FUNCTION_WORDS.contains(doc.get(t - 1).lower());
	}

	/** "Corp." in "Tessaro Corp.'s": the stop of an abbreviation inside a name. */
	private static boolean abbreviationStop(DocumentTokens doc, int t) {
		return doc.get(t).is(".") && t > 0 && doc.get(t - 1).capitalized();
	}

	/** A word that stands between a phrase's article and its noun. */
	private static boolean modifier(Token token) {
		String lower = token.lower();
		if (token.is("-") || NameFinder.isPossessiveMark(token) || token.is(".") || token.is("%")) {
			return true;
		}
		return (token.word() || Character.isDigit(token.text().charAt(0))) && !OrganisationFinder.VERBS.contains(lower)
				&& !SpeechVerbs.isSpeechVerb(lower) && !NameLexicon.PREPOSITIONS.contains(lower)
				&& !NameLexicon.FUNCTION_WORDS.contains(lower);
	}

	/** "the world's largest lender": an owner named inside the phrase. */
	private static boolean ownedInside(DocumentTokens doc, int from, int to) {
		for (int t = from + 1; t < to; t++) {
			if (NameFinder.isPossessiveMark(doc.get(t)) && doc.get(t - 1).capitalized()) {
				return true;
			}
		}
		return false;
	}

	/** A word between the article and the noun that tells what the organisation is. */
	private static boolean telling(DocumentTokens doc, int from, int to) {
		for (int t = from; t < to; t++) {
			Token token = doc.get(t);
			if (token.word() && !CompanyDescriptions.UNTELLING.contains(token.lower())) {
				return true;
			}
		}
		return false;
	}

	/** "banks, the big insurer, Brovo": a phrase that is one item of a list. */
	private static boolean listBefore(Token token) {
		String lower = token.lower();
		return token.is(",") || lower.equals("and") || lower.equals("or");
	}

	/**
	 * "a Dutch bank, Vandermeer Group, and two funds": ", and" after the name makes the
	 * phrase and the name two items of a list as well as one apposition.
	 */
	private static boolean listAfter(DocumentTokens doc, int end) {
		return end + 1 < doc.size() && doc.get(end).is(",") && !doc.boundaryBefore(end + 1)
				&& (doc.get(end + 1).lower().equals("and") || doc.get(end + 1).lower().equals("or"));
	}

	private static boolean closed(DocumentTokens doc, int end) {
		return end >= doc.size() || doc.boundaryBefore(end) || CLOSERS.contains(doc.get(end).lower())
				|| doc.get(end - 1).is(".");
	}

}
