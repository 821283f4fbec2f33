package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * '“…,” said Jane Roe and John Doe': words two people say together. A quotation has one
 * speaker to ask for, and naming one of the two would be half the answer, so the words go
 * to neither.
 */
final class JointSpeakers {

	/** Words that open the second of two speakers: "and her husband", "and the mayor". */
	private static final Set<String> SECOND_OPENERS = NameLexicon.words("his", "her", "their", "the", "a", "an",
			"fellow");

	private JointSpeakers() {
	}

	/**
	 * Whether {@code name} is joined by "and" or "&" to another speaker right after it.
	 */
	static boolean joinedToAnother(DocumentTokens doc, MentionIndex index, Mention name) {
		for (int end : new int[] { name.endToken, name.appositionEndToken }) {
			if (end > 0 && end + 1 < doc.size() && !doc.boundaryBefore(end) && !doc.boundaryBefore(end + 1)
					&& (doc.get(end).lower().equals("and") || doc.get(end).is("&"))
					&& (index.mentionStartingAt(end + 1) != null
							|| SECOND_OPENERS.contains(doc.get(end + 1).lower()))) {
				return true;
			}
		}
		return false;
	}

}
