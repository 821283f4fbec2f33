package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * The subject of a sentence's main clause when an adverbial opens the sentence and a
 * comma, or the dash closing an aside, ends it: "While a few plants are still for sale,
 * Roe said …", "Following talk of a split, chairman Jane Roe denied the reports." The
 * adverbial opens with a subordinating word, a preposition or a participle, never with a
 * name; the subject is the name right after the first comma that a verb follows, so that
 * a name inside the adverbial ("After Lee left, …") is not taken for it.
 */
final class FrontedSubjects {

	/** Words that open an adverbial clause set before the main clause. */
	static final Set<String> SUBORDINATORS = NameLexicon.words("while", "after", "before", "when", "as", "since",
			"although", "though", "because", "if", "once", "until", "whilst", "whereas", "despite");

	private static final Set<String> DASHES = Set.of("-", "--", "—", "–");

	private final DocumentPeople people;

	private final DocumentTokens doc;

	private final AttributionClauses clauses;

	FrontedSubjects(DocumentPeople people, AttributionClauses clauses) {
		this.people = people;
		this.doc = people.doc;
		this.clauses = clauses;
	}

	/**
	 * The mention heading the main clause of the sentence that starts at
	 * {@code sentenceStart} and ends before {@code end}: the one that opens the sentence,
	 * or the one after the comma closing an opening adverbial; null if neither.
	 */
	Mention mainClauseSubject(int sentenceStart, int end) {
		Mention opening = this.people.index.mentionStartingAt(sentenceStart);
		if (opening != null || sentenceStart >= end || !opensAdverbial(this.doc.get(sentenceStart))) {
			return opening;
		}
		for (int t = sentenceStart + 1; t + 1 < end; t++) {
			Token token = this.doc.get(t);
			if (token.is("\"") || token.is("“") || token.is("”") || token.is(";") || token.is(":")) {
				return null; // quoted words or a second clause: not one opening adverbial
			}
			// "…, Roe said", "… -- including its ticket unit -- Roe said": a comma or
			// the dash closing an aside ends the adverbial
			if (!token.is(",") && !DASHES.contains(token.text())) {
				continue;
			}
			Mention subject = this.people.index.mentionStartingAt(t + 1);
			if (subject != null) {
				int verb = this.clauses.verbAfter(subject.appositionEndToken, end);
				// "…, Roe said": a name a verb follows heads the main clause; "…, Roe's
				// plan" or a name in a list goes on with the adverbial
				return verb < end && this.doc.get(verb).word() && !this.doc.get(verb).capitalized() ? subject : null;
			}
		}
		return null;
	}

	private static boolean opensAdverbial(Token first) {
		String lower = first.lower();
		return SUBORDINATORS.contains(lower) || NameLexicon.PREPOSITIONS.contains(lower)
				|| first.word() && lower.length() > 5 && lower.endsWith("ing");
	}

}
