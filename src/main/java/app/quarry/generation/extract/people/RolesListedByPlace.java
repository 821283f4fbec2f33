package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * A role in the plural followed by names each given with where the post is: "the three
 * foreign ministers, Jane Roe of Norway, Ann Doe of Chile and Mark Poe of the United
 * States," makes each of them the foreign minister of their own country.
 */
final class RolesListedByPlace {

	private static final int MAX_NAME_TOKENS = 5;

	private static final int MAX_PLACE_TOKENS = 4;

	private static final int MAX_QUALIFIER_TOKENS = 3;

	private static final int MAX_LIST_TOKENS = 40;

	private static final Set<String> COUNTING = NameLexicon.words("two", "three", "four", "five", "six", "several",
			"both", "all", "many");

	private RolesListedByPlace() {
	}

	static void find(DocumentTokens doc, Mention name) {
		for (int plural = name.firstToken - 1; plural > 0 && name.firstToken - plural < MAX_LIST_TOKENS
				&& !doc.boundaryBefore(plural + 1); plural--) {
			String singular = SharedRoles.singular(doc.get(plural));
			if (singular != null) {
				String place = placeOf(doc, plural, name);
				if (place != null) {
					name.role = qualifiers(doc, plural) + singular + " of " + place;
				}
				return;
			}
			if (!listWord(doc.get(plural))) {
				return;
			}
		}
	}

	/** A word a list of names with their places may hold: a name, "of", "the", "and". */
	private static boolean listWord(Token token) {
		String lower = token.lower();
		return token.capitalized() || token.is(",") || lower.equals("of") || lower.equals("the") || lower.equals("and");
	}

	/**
	 * The place after {@code name} when the words after the plural at {@code plural} are
	 * a list of two or more "name of place" items, one of them {@code name}; null
	 * otherwise.
	 */
	private static String placeOf(DocumentTokens doc, int plural, Mention name) {
		int t = plural + 1;
		if (t < doc.size() && (doc.get(t).is(",") || doc.get(t).lower().equals("of"))) {
			t++;
		}
		String found = null;
		int items = 0;
		while (t < doc.size() && !doc.boundaryBefore(t)) {
			int nameStart = t;
			while (t < doc.size() && t - nameStart < MAX_NAME_TOKENS && doc.get(t).word() && doc.get(t).capitalized()) {
				t++;
			}
			if (t == nameStart || t >= doc.size() || !doc.get(t).lower().equals("of")) {
				return null;
			}
			int placeStart = ++t;
			if (t < doc.size() && doc.get(t).lower().equals("the")) {
				t++;
			}
			int capitals = t;
			while (t < doc.size() && t - capitals < MAX_PLACE_TOKENS && doc.get(t).word() && doc.get(t).capitalized()
					&& !doc.boundaryBefore(t)) {
				t++;
			}
			if (t == capitals) {
				return null;
			}
			items++;
			if (nameStart == name.firstToken && placeStart - 1 == name.endToken) {
				found = doc.span(placeStart, t);
			}
			if (t < doc.size() && !doc.boundaryBefore(t) && doc.get(t).is(",")) {
				t++;
			}
			if (t < doc.size() && !doc.boundaryBefore(t) && doc.get(t).lower().equals("and")) {
				t++;
			}
			else if (t >= doc.size() || doc.boundaryBefore(t) || !doc.get(t).capitalized()) {
				break;
			}
		}
		return items >= 2 ? found : null;
	}

	/**
	 * "foreign " in "the three foreign ministers": the lower-case words that say which.
	 */
	private static String qualifiers(DocumentTokens doc, int plural) {
		int from = plural;
		while (from > 0 && plural - from < MAX_QUALIFIER_TOKENS && !doc.boundaryBefore(from)) {
			Token token = doc.get(from - 1);
			String lower = token.lower();
			if (!token.word() || token.capitalized() || NameLexicon.FUNCTION_WORDS.contains(lower)
					|| RoleWords.VERBS.contains(lower) || lower.chars().anyMatch(Character::isDigit)
					|| COUNTING.contains(lower)) {
				break;
			}
			from--;
		}
		return from == plural ? "" : doc.span(from, plural) + " ";
	}

}
