package app.quarry.generation.extract.people;

import java.util.Locale;

/**
 * "The coach said: “…”" after "Acme coach Jane Roe": a definite description whose words
 * all stand in a role the document gave one named person, and no other, is that person.
 * With two coaches named, or none, the description stays a description: the text leaves
 * open whom it means.
 */
final class RoleHoldersDescribed {

	private RoleHoldersDescribed() {
	}

	/**
	 * The one named person the description over exactly the tokens from {@code from} to
	 * {@code to} stands for, or null.
	 */
	static LocalPerson over(DocumentPeople people, int from, int to) {
		Mention mention = people.index.mentionStartingAt(from);
		if (mention == null || mention.kind != Mention.Kind.DESCRIPTION || mention.endToken != to
				|| mention.person.described || !holdsRole(mention.person, mention.surface)) {
			return null;
		}
		for (LocalPerson other : people.people.values()) {
			if (other != mention.person && !other.described && holdsRole(other, mention.surface)) {
				return null;
			}
		}
		return mention.person;
	}

	/** Whether every word after "the" stands in one of the person's roles. */
	private static boolean holdsRole(LocalPerson person, String description) {
		String[] words = description.toLowerCase(Locale.ROOT).split("\\s+");
		for (String role : person.roles) {
			String held = " " + role.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\d ]", " ") + " ";
			boolean all = words.length > 1;
			for (int i = 1; i < words.length && all; i++) {
				all = held.contains(" " + words[i] + " ");
			}
			if (all) {
				return true;
			}
		}
		return false;
	}

}
