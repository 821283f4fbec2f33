package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * Words that make a role another office than its head noun alone: a "shadow chancellor",
 * a "vice president" or a "deputy minister" is not "the chancellor", "the president" or
 * "the minister" a later sentence speaks of, and a "former" holder is not the one in
 * office. A description stands for such a person only when it carries the word too.
 */
final class OfficeQualifiers {

	private static final Set<String> QUALIFIERS = NameLexicon.words("shadow", "vice", "deputy", "assistant", "former",
			"ex", "junior", "under");

	private OfficeQualifiers() {
	}

	/**
	 * Whether the role (lower case, words set off by spaces) has a qualifier that the
	 * description's words lack.
	 */
	static boolean anotherOffice(String role, String[] descriptionWords) {
		for (String word : role.trim().split(" ")) {
			if (QUALIFIERS.contains(word) && !contains(descriptionWords, word)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * "ex policeman" read as "former policeman" in a phrase whose hyphens are spaces: the
	 * prefix and the word say the same, and a story goes from one to the other ("former
	 * policeman Jon Vale … the ex-policeman said").
	 */
	static String exAsFormer(String normalized) {
		return normalized.replaceAll("\\bex ", "former ");
	}

	private static boolean contains(String[] words, String word) {
		for (String candidate : words) {
			if (candidate.equals(word)) {
				return true;
			}
		}
		return false;
	}

}
