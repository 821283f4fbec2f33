package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * A capitalized word joined by a hyphen to a noun or adjective of a doer: "Prize-winner",
 * "Oscar-nominee", "Prize-winning". It describes someone ("a Calder Prize-winner") and is
 * no word of a name, though it opens with a capital; names joined by a hyphen end on a
 * name's part ("Siu-hing", "al-Nouri"), not on a doer.
 */
final class HyphenedDescriptors {

	/** Doers a prize or a vote makes, not in the role lexicon as posts. */
	private static final Set<String> DOERS = NameLexicon.words("winner", "winning", "nominated", "nominee", "holder",
			"laureate");

	private HyphenedDescriptors() {
	}

	static boolean is(String text) {
		int hyphen = text.lastIndexOf('-');
		if (hyphen <= 0 || hyphen + 1 >= text.length() || !Character.isLowerCase(text.charAt(hyphen + 1))) {
			return false;
		}
		String tail = text.substring(hyphen + 1).toLowerCase(java.util.Locale.ROOT);
		return DOERS.contains(tail) || NameLexicon.isRoleNoun(tail);
	}

}
