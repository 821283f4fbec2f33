package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * A description after a comma that is the speaker of a closing tag, not an apposition of
 * the name before it: in "a letter was sent to Jane Roe, the family's lawyer says." the
 * lawyer is who says so, and Jane Roe, the object of "to", is no lawyer. The name stands
 * after a word of its own clause (a preposition, a verb) and the description runs
 * straight into a speech verb with no comma to close it.
 */
final class TrailingSpeechTags {

	/** The verbs of a closing tag: "the family's lawyer says." */
	private static final Set<String> TAG_VERBS = NameLexicon.words("said", "says", "told", "tells", "added", "adds",
			"insisted", "insists", "claimed", "claims", "explained", "explains", "confirmed", "confirms");

	/** Words that open a clause inside the description: "who says", "which is". */
	private static final Set<String> CLAUSE_WORDS = NameLexicon.words("who", "which", "that", "is", "was", "has",
			"have", "had", "and", "but");

	private TrailingSpeechTags() {
	}

	/** Takes back the apposition {@code Appositions} read when it is such a tag. */
	static void undo(DocumentTokens doc, Mention name) {
		int end = name.appositionEndToken;
		int before = name.phraseStartToken - 1;
		if (name.appositionRole == null || end <= name.endToken || end >= doc.size() || doc.boundaryBefore(end)
				|| before < 0 || doc.boundaryBefore(name.phraseStartToken)) {
			return;
		}
		Token verb = doc.get(end);
		Token lead = doc.get(before);
		// "Jane Roe, the millionaire who is accused of": a clause of the description's
		// own; "says Jane Roe, a lawyer who says": the name is the speaker already
		if (!TAG_VERBS.contains(verb.lower()) || CLAUSE_WORDS.contains(doc.get(end - 1).lower()) || !lead.word()
				|| lead.capitalized() || NameFinder.isPossessiveMark(lead) || SpeechVerbs.isSpeechVerb(lead.lower())) {
			return;
		}
		if (name.appositionRole.equals(name.role)) {
			name.role = null;
		}
		name.appositionRole = null;
		name.appositionEndToken = name.endToken;
	}

}
