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

	/** Words of a clause that sets off the first of two subjects at most. */
	private static final int MAX_SET_OFF_WORDS = 8;

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
		if (and > subject.endToken && and + 1 < this.doc.size() && this.doc.get(and).is(",")
				&& !this.doc.boundaryBefore(and + 1)) {
			and++; // "Roe, the chairman, and Doe"
		}
		if (and + 1 >= this.doc.size() || !this.doc.get(and).lower().equals("and") || this.doc.boundaryBefore(and)) {
			return false;
		}
		Mention next = this.people.index.mentionStartingAt(and + 1);
		if (next == null && and + 2 < this.doc.size()
				&& NameLexicon.HONORIFICS.contains(this.doc.get(and + 1).lower())) {
			next = this.people.index.mentionStartingAt(and + 2); // "Mr Roe and Mr Doe"
		}
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
		if (before == null && this.doc.get(t - 1).is(",")) {
			before = setOffBefore(t - 1); // "Roe, who chairs the club, and Doe"
		}
		return before != null && !before.possessive;
	}

	/**
	 * The name set off by the clause that the comma at {@code closing} ends: "Roe" in
	 * "Roe, who chairs the club,".
	 */
	private Mention setOffBefore(int closing) {
		for (int t = closing - 1; t > 0 && t >= closing - MAX_SET_OFF_WORDS; t--) {
			if (this.doc.boundaryBefore(t + 1)) {
				return null;
			}
			if (this.doc.get(t).is(",")) {
				Mention named = this.people.index.mentionEndingAt(t - 1);
				return named != null && named.appositionEndToken <= closing ? named : null;
			}
		}
		return null;
	}

}
