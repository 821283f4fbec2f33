package app.quarry.generation.extract.people;

import java.util.Set;

import app.quarry.generation.extract.NumberWords;

/**
 * "Jane Roe, the first woman to lead the council,", "Tom Roe, who was the last Westrian
 * royal born in the palace,": "the" and a word that ranks one of a kind single the person
 * out, so the phrase describes them whatever its noun is, where a plain noun ("Jane Roe,
 * the new hall,") would need a role's.
 */
final class SingledOutDescriptions {

	/** Ordinals and superlatives that single out one of a kind. */
	private static final Set<String> RANKS = NameLexicon.words("first", "second", "third", "last", "only", "sole",
			"youngest", "oldest", "eldest", "richest", "tallest", "fastest", "longest-serving", "first-ever",
			"highest-ranking", "most", "best-known", "greatest");

	/** Words after the rank that start no description of a person: "the first time". */
	private static final Set<String> NOT_PEOPLE = NameLexicon.words("time", "day", "week", "month", "year", "round",
			"half", "quarter", "game", "match", "leg", "set", "stage", "place", "to", "two", "three", "four", "five",
			"one", "thing", "step", "word", "part", "reading", "vote");

	private static final int MIN_TOKENS = 3;

	private SingledOutDescriptions() {
	}

	/**
	 * Whether the phrase from {@code first} to {@code end} opens with "the", a rank and a
	 * word that goes on about a person, not a time or a count ("the first time", "the
	 * last two").
	 */
	static boolean opens(DocumentTokens doc, int first, int end) {
		if (end - first < MIN_TOKENS || !doc.get(first).lower().equals("the") || doc.boundaryBefore(first + 1)
				|| doc.boundaryBefore(first + 2)) {
			return false;
		}
		Token rank = doc.get(first + 1);
		if (!rank.word() || rank.capitalized() || !RANKS.contains(rank.lower())) {
			return false;
		}
		Token next = doc.get(first + 2);
		if (next.lower().equals("of")) {
			// "the oldest of the three brothers", not "the first of two"
			return !doc.boundaryBefore(first + 3) && !counted(doc.get(first + 3))
					&& !doc.get(first + 3).lower().equals("whom");
		}
		return next.word() && !NOT_PEOPLE.contains(next.lower()) && !counted(next);
	}

	/** "two", "2": a count, after which the rank picks one of a number. */
	private static boolean counted(Token token) {
		return NumberWords.cardinal(token.lower()) != null || token.text().chars().allMatch(Character::isDigit);
	}

}
