package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * Nouns that name an organisation only with a word before them that says its kind:
 * "athletics' governing body the IAAF", "state statistics body Statfin", "UK think tank
 * Harbridge", "anti-virus lab Norsec". On its own "body" or "lab" is as often a corpse or
 * a room, so the noun is read as an organisation's only where it heads a description
 * written right before a name.
 */
final class QualifiedBodyNouns {

	/** Heads that need a qualifier to stand for an organisation. */
	private static final Set<String> HEADS = NameLexicon.words("body", "lab", "laboratory", "laboratories");

	/** "think tank": a compound whose second word alone says nothing. */
	private static final Set<String> THINK = NameLexicon.words("think");

	private QualifiedBodyNouns() {
	}

	/**
	 * Whether the lower-case word at {@code t} heads such a description: one of the heads
	 * after a lower-case qualifier of the same phrase, or "tank" after "think".
	 */
	static boolean head(DocumentTokens doc, int t) {
		if (t < 1 || doc.boundaryBefore(t) || doc.get(t).capitalized()) {
			return false;
		}
		String lower = doc.get(t).lower();
		Token before = doc.get(t - 1);
		if (lower.equals("tank")) {
			return THINK.contains(before.lower());
		}
		boolean qualified = (before.word() || NameFinder.isPossessiveMark(before)
				|| StatedPlaces.pluralPossessive(doc, t - 1)) && !OrganisationFinder.ARTICLES.contains(before.lower())
				&& !NameLexicon.FUNCTION_WORDS.contains(before.lower())
				&& !NameLexicon.PREPOSITIONS.contains(before.lower());
		return HEADS.contains(lower) && qualified;
	}

}
