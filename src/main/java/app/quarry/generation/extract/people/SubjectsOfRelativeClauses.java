package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * "Jane Roe of the Hill Trust, the charity where Carver worked, told reporters: “…”": a
 * name after "where", "whom" or "which" is the subject of a relative clause set off
 * before the verb, never the subject of the main clause. The speaker is the name that
 * opens the sentence, if one does.
 */
final class SubjectsOfRelativeClauses {

	private static final Set<String> RELATIVE_WORDS = NameLexicon.words("where", "whom", "which", "whose", "when");

	private SubjectsOfRelativeClauses() {
	}

	/** Whether the mention stands right after a relative word, inside its sentence. */
	static boolean insideRelativeClause(DocumentTokens doc, Mention mention) {
		int before = mention.phraseStartToken - 1;
		return before > 0 && !doc.boundaryBefore(before + 1) && RELATIVE_WORDS.contains(doc.get(before).lower())
				&& !doc.get(before).capitalized();
	}

	/**
	 * The name opening the sentence, read as its subject, when it is another person than
	 * the one inside the relative clause; null otherwise.
	 */
	static Mention openingSubject(MentionIndex index, DocumentTokens doc, Mention inner, int verb) {
		Mention first = index.mainSubject(inner.sentence, verb);
		return first != null && first != inner && first.kind == Mention.Kind.NAME && first.person != inner.person
				&& !first.possessive && doc.boundaryBefore(first.phraseStartToken) ? first : null;
	}

}
