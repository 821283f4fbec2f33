package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * "Varga and Lindqvist said …", "Varga and his foreign minister, Maria Ortiz, said …": a
 * speech verb whose subject joins two people gives the words to both, so neither is their
 * speaker on their own.
 */
final class JointSubjects {

	/** Words that open the second of two joined subjects: "and his minister". */
	private static final Set<String> JOINED_OPENERS = NameLexicon.words("his", "her", "their", "the", "its");

	/** Words of a role set before a name in apposition: "his foreign minister, Roe". */
	private static final int MAX_ROLE_WORDS = 4;

	private final DocumentPeople people;

	private final DocumentTokens doc;

	JointSubjects(DocumentPeople people) {
		this.people = people;
		this.doc = people.doc;
	}

	/** Whether the mention is one of two subjects joined by "and". */
	boolean joined(Mention subject) {
		return subject != null && (joinedAfter(subject) || joinedBefore(subject));
	}

	/** "Varga and Lindqvist", "He and his wife": another subject follows. */
	private boolean joinedAfter(Mention subject) {
		int and = subject.appositionEndToken;
		if (and + 1 >= this.doc.size() || !this.doc.get(and).lower().equals("and") || this.doc.boundaryBefore(and)) {
			return false;
		}
		Mention next = this.people.index.mentionStartingAt(and + 1);
		return next != null && !next.possessive || JOINED_OPENERS.contains(this.doc.get(and + 1).lower());
	}

	/**
	 * "Varga and Lindqvist", "Varga and his foreign minister, Maria Ortiz,": another
	 * subject comes first.
	 */
	private boolean joinedBefore(Mention subject) {
		int t = subject.phraseStartToken - 1;
		if (t > 0 && this.doc.get(t).is(",") && !this.doc.boundaryBefore(t + 1)) {
			// the role the name is set off from: "and his foreign minister, Roe"
			int words = 0;
			t--;
			while (t > 0 && words < MAX_ROLE_WORDS && this.doc.get(t).word() && !this.doc.get(t).capitalized()
					&& !this.doc.get(t).lower().equals("and") && !this.doc.boundaryBefore(t + 1)) {
				t--;
				words++;
			}
			if (words == 0) {
				return false;
			}
		}
		if (t <= 0 || !this.doc.get(t).lower().equals("and") || this.doc.boundaryBefore(t + 1)
				|| this.doc.boundaryBefore(t)) {
			return false;
		}
		Mention before = this.people.index.mentionEndingAt(t - 1);
		return before != null && !before.possessive;
	}

}
