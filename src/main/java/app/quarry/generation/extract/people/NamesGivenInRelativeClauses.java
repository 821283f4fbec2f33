package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * 'Roe quit over remarks about bankers, whom he called “greedy parasites”': a naming verb
 * whose object is a relative pronoun before its subject hands the quoted words to that
 * subject, who chose them; they are no name the thing goes by. A pronoun counts only when
 * it stands, unrivalled, for the person the sentence is about.
 */
final class NamesGivenInRelativeClauses {

	private static final Set<String> RELATIVES = Set.of("who", "whom", "which", "that");

	private static final Set<String> NAMING = Set.of("called", "dubbed", "branded", "labelled", "labeled", "termed",
			"described");

	private NamesGivenInRelativeClauses() {
	}

	/** The one who gave the name, or null when the shape is not this one. */
	static LocalPerson namer(DocumentPeople people, int open) {
		DocumentTokens doc = people.doc;
		int verb = open - 1;
		if (verb < 2 || doc.boundaryBefore(open) || !NAMING.contains(doc.get(verb).lower())) {
			return null;
		}
		Mention subject = people.index.mentionEndingAt(verb - 1);
		if (subject == null) {
			Mention pronoun = people.index.mentionStartingAt(verb - 1);
			subject = pronoun != null && pronoun.kind == Mention.Kind.PRONOUN && pronoun.endToken == verb
					&& !pronoun.unclearReferent && !pronoun.possessive ? pronoun : null;
			Mention about = subject == null ? null : people.index.firstSubject(doc.sentence[open], subject.firstToken);
			if (about == null || about.person != subject.person) {
				return null;
			}
		}
		int relative = subject.phraseStartToken - 1;
		return relative >= 0 && !doc.boundaryBefore(subject.phraseStartToken)
				&& RELATIVES.contains(doc.get(relative).lower()) ? subject.person : null;
	}

}
