package app.quarry.generation.extract.people;

import java.util.Locale;

/**
 * What a name mention tells about gender: a gendered role ("sister", "spokeswoman",
 * "Mr."), or a given name that is clearly a woman's or a man's.
 */
final class GenderClues {

	private GenderClues() {
	}

	static Gender of(Mention name) {
		if (name.gender != Gender.UNKNOWN) {
			return name.gender;
		}
		Gender fromApposition = headOf(name.appositionRole);
		if (fromApposition != Gender.UNKNOWN) {
			return fromApposition;
		}
		if (name.role != null && name.role != name.appositionRole) {
			for (String word : name.role.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
				Gender gender = ofWord(word);
				if (gender != Gender.UNKNOWN) {
					return gender;
				}
			}
		}
		String first = name.surface.split(" ")[0].toLowerCase(Locale.ROOT);
		if (name.multiWordName() && NameLexicon.FEMALE_NAMES.contains(first)) {
			return Gender.FEMALE;
		}
		if (name.multiWordName() && NameLexicon.MALE_NAMES.contains(first)) {
			return Gender.MALE;
		}
		return Gender.UNKNOWN;
	}

	/**
	 * The first role noun of an apposition is its head: "the sister of ... leader ...".
	 */
	private static Gender headOf(String apposition) {
		if (apposition == null) {
			return Gender.UNKNOWN;
		}
		for (String word : apposition.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
			if (NameLexicon.ROLE_NOUNS.contains(word)) {
				return ofWord(word);
			}
		}
		return Gender.UNKNOWN;
	}

	static Gender ofWord(String word) {
		if (NameLexicon.FEMALE_WORDS.contains(word)) {
			return Gender.FEMALE;
		}
		return NameLexicon.MALE_WORDS.contains(word) ? Gender.MALE : Gender.UNKNOWN;
	}

}
