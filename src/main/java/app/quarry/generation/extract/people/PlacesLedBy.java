package app.quarry.generation.extract.people;

import java.util.Map;
import java.util.Set;

/**
 * A place set off before the name that leads it: "Norland, still led by Jane Roe, can
 * begin a new policy" (leader of Norland), "Westria, ruled by Jane Roe since 1990,"
 * (ruler of Westria).
 */
final class PlacesLedBy {

	/** The verb that says the name leads the place, and the role it gives. */
	private static final Map<String, String> LEADING = Map.of("led", "leader", "ruled", "ruler", "governed", "leader");

	/** "still led by", "now ruled by": words that say when, not who. */
	private static final Set<String> WHEN = NameLexicon.words("still", "now", "long", "once");

	private static final int MAX_PLACE_TOKENS = 3;

	private PlacesLedBy() {
	}

	static void find(DocumentTokens doc, Mention name) {
		int by = name.firstToken - 1;
		if (by < 3 || !doc.get(by).lower().equals("by") || doc.boundaryBefore(by + 1)
				|| !RoleWords.closedAfter(doc, name)) {
			return;
		}
		int verb = by - 1;
		String role = LEADING.get(doc.get(verb).lower());
		int comma = verb - 1;
		if (WHEN.contains(doc.get(comma).lower()) && !doc.boundaryBefore(comma + 1)) {
			comma--;
		}
		if (role == null || comma < 1 || !doc.get(comma).is(",") || doc.boundaryBefore(comma + 1)
				|| doc.boundaryBefore(verb) || doc.boundaryBefore(by)) {
			return;
		}
		int first = comma;
		while (first > 0 && comma - first < MAX_PLACE_TOKENS && !doc.boundaryBefore(first) && doc.get(first - 1).word()
				&& doc.get(first - 1).capitalized()) {
			first--;
		}
		// "Democrats, led by Jane Roe,": a single plural word names a group, no place
		boolean plural = first + 1 == comma && doc.get(first).lower().endsWith("s");
		if (first == comma || plural || NameLexicon.FUNCTION_WORDS.contains(doc.get(first).lower())) {
			return;
		}
		// "Protesters, led by Jane Roe,": a capital that only opens the sentence names no
		// place; the place must be named where no sentence starts, or open a clause
		boolean clauseStart = !doc.boundaryBefore(first) && doc.get(first - 1).is(",");
		if (!clauseStart && !namedMidSentence(doc, doc.get(first).text())) {
			return;
		}
		name.role = role + " of " + doc.span(first, comma);
	}

	/** The document writes the word capitalized somewhere no sentence starts. */
	static boolean namedMidSentence(DocumentTokens doc, String word) {
		for (int t = 1; t < doc.size(); t++) {
			if (doc.get(t).text().equals(word) && !doc.boundaryBefore(t) && doc.get(t - 1).word()) {
				return true;
			}
		}
		return false;
	}

}
