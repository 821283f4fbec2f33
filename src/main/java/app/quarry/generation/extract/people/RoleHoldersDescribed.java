package app.quarry.generation.extract.people;

/**
 * "The coach said: “…”" after "Acme coach Jane Roe": a definite description whose words
 * all stand in a role the document gave one named person is that person, as the
 * description was resolved among the people of the document.
 */
final class RoleHoldersDescribed {

	private RoleHoldersDescribed() {
	}

	/**
	 * The named person the description over exactly the tokens from {@code from} to
	 * {@code to} stands for, or null.
	 */
	static LocalPerson over(MentionIndex index, int from, int to) {
		Mention mention = index.mentionStartingAt(from);
		return mention != null && mention.kind == Mention.Kind.DESCRIPTION && mention.endToken == to
				&& !mention.person.described ? mention.person : null;
	}

}
