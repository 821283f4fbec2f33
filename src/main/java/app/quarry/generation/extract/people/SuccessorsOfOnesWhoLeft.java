package app.quarry.generation.extract.people;

import java.util.List;
import java.util.Set;

/**
 * "Tom Hale resigned in May and was replaced by Dan Brodie", "He stepped down on Friday,
 * and was replaced by Dan Brodie": the one who left is the sentence's subject, and
 * whoever replaced him took his place. Read only where the sentence says that the subject
 * left a post (resigned, quit, stepped down, retired, was sacked), so that a player
 * "taken off and replaced by" a substitute in a match is no one's successor.
 */
final class SuccessorsOfOnesWhoLeft {

	/** Verbs of leaving a post, told before the replacement. */
	private static final Set<String> LEFT = NameLexicon.words("resigned", "quit", "retired", "stepped", "sacked",
			"fired", "dismissed", "ousted", "deposed", "removed");

	/** Forms of "be" before the passive: "was replaced by", "has been replaced by". */
	private static final Set<String> PASSIVE = NameLexicon.words("was", "were", "been");

	private SuccessorsOfOnesWhoLeft() {
	}

	/**
	 * "Tom Hale's successor" for the name after "was replaced by" in a sentence whose
	 * subject, named or a pronoun read as a named person, left a post; null otherwise.
	 */
	static String role(DocumentTokens doc, List<Mention> mentions, Mention name) {
		int by = name.phraseStartToken - 1;
		if (name.phraseStartToken != name.firstToken || by < 2 || !doc.get(by).lower().equals("by")
				|| !doc.get(by - 1).lower().equals("replaced") || !PASSIVE.contains(doc.get(by - 2).lower())
				|| name.inQuote) {
			return null;
		}
		int start = doc.sentenceStart(name.firstToken);
		if (!leftBefore(doc, start, by - 2)) {
			return null;
		}
		Mention subject = null;
		for (Mention other : mentions) {
			if (other == name || other.firstToken < start || other.firstToken >= name.firstToken) {
				continue;
			}
			if (subject != null || other.phraseStartToken != start || other.possessive) {
				// "Tom Hale told Jim Roe he had resigned": who left is no longer sure
				return null;
			}
			subject = other;
		}
		if (subject == null || subject.person == null || !subject.person.fullName() || subject.person == name.person
				|| subject.kind == Mention.Kind.PRONOUN && subject.unclearReferent) {
			return null;
		}
		String owner = subject.person.name();
		return owner + (owner.endsWith("s") ? "' " : "'s ") + "successor";
	}

	private static boolean leftBefore(DocumentTokens doc, int from, int to) {
		for (int t = from; t < to; t++) {
			String lower = doc.get(t).lower();
			// "stepped down", not "stepped up" or "stepped in"
			if (LEFT.contains(lower) && (!lower.equals("stepped") || doc.get(t + 1).lower().equals("down"))) {
				return true;
			}
		}
		return false;
	}

}
