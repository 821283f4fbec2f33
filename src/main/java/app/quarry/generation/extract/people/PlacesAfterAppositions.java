package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * "Jane Roe, MP for Upton on Severn, Worcestershire, said": the county or country set off
 * after a role that ends in a place says where that place is. It belongs to the
 * apposition and names no one, so the verb after it is still the name's.
 */
final class PlacesAfterAppositions {

	/** Links after which a capitalized run in a role is a place: "MP for Leeds". */
	private static final Set<String> PLACE_LINKS = NameLexicon.words("for", "of", "in", "from", "at");

	/** Small words inside a place's name: "Upton upon Severn", "Stratford on Avon". */
	private static final Set<String> NAME_LINKS = NameLexicon.words("on", "upon", "under", "of", "the", "le", "la",
			"de");

	/** Words of the place set off, at most: "West Sussex", "Northern Ireland". */
	private static final int MAX_PLACE_WORDS = 3;

	private PlacesAfterAppositions() {
	}

	/**
	 * The comma that closes a place set off after the apposition from {@code first} to
	 * the comma at {@code comma}, when the role ends in a place and a verb in lower case
	 * follows the second comma; {@code comma} otherwise.
	 */
	static int end(DocumentTokens doc, int first, int comma) {
		if (comma + 3 >= doc.size() || !doc.get(comma).is(",") || doc.boundaryBefore(comma + 1)
				|| !endsInPlace(doc, first, comma)) {
			return comma;
		}
		int place = comma + 1;
		int t = place;
		while (t < doc.size() && t - place < MAX_PLACE_WORDS && !doc.boundaryBefore(t) && doc.get(t).word()
				&& doc.get(t).capitalized() && !NameLexicon.HONORIFICS.contains(doc.get(t).lower())) {
			t++;
		}
		if (NameLexicon.MALE_NAMES.contains(doc.get(place).lower())
				|| NameLexicon.FEMALE_NAMES.contains(doc.get(place).lower())) {
			return comma; // "…, chief of Acme, John Roe, said": a person's name
		}
		if (t == place || t + 1 >= doc.size() || !doc.get(t).is(",") || doc.boundaryBefore(t + 1)) {
			return comma;
		}
		Token verb = doc.get(t + 1);
		boolean verbFollows = verb.word() && !verb.capitalized()
				&& (SpeechVerbs.isSpeechVerb(verb.lower()) || RoleWords.VERBS.contains(verb.lower()));
		return verbFollows ? t : comma;
	}

	/**
	 * Whether the words after the comma at {@code comma} are such a place: the comma
	 * closes a role that ends in a place, set off after a name, and the place's own comma
	 * and a verb follow ("Jane Roe, MP for Upton, Worcestershire, said").
	 */
	static boolean setOffAt(DocumentTokens doc, int comma) {
		if (comma < 3 || !doc.get(comma).is(",") || doc.boundaryBefore(comma)) {
			return false;
		}
		int opening = comma - 1;
		while (opening > 0 && !doc.boundaryBefore(opening) && !doc.get(opening).is(",")) {
			opening--;
		}
		if (!doc.get(opening).is(",") || opening == 0 || !doc.get(opening - 1).capitalized()) {
			return false;
		}
		return end(doc, opening + 1, comma) != comma;
	}

	/**
	 * Whether a role that ends in a place and the place set off after it stand between
	 * the name and its verb: "Jane Roe, MP for Upton, Worcestershire, said".
	 */
	static boolean between(DocumentTokens doc, Mention name, int verb) {
		int opening = name.endToken;
		if (opening + 1 >= verb || !doc.get(opening).is(",")) {
			return false;
		}
		for (int c = opening + 1; c < verb; c++) {
			if (doc.get(c).is(",")) {
				int close = end(doc, opening + 1, c);
				return close != c && close + 1 == verb;
			}
		}
		return false;
	}

	/** The role's last words are a capitalized run after a place link: "MP for Upton". */
	private static boolean endsInPlace(DocumentTokens doc, int first, int comma) {
		int t = comma - 1;
		if (t <= first || !doc.get(t).capitalized()) {
			return false;
		}
		for (int k = t; k > first; k--) {
			Token token = doc.get(k);
			if (PLACE_LINKS.contains(token.lower())) {
				return true;
			}
			if (!token.word() || !token.capitalized() && !NAME_LINKS.contains(token.lower())) {
				return false;
			}
		}
		return false;
	}

}
