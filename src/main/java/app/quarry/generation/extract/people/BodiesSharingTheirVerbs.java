package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * "Acme has also closed a plant, and warned that the cuts would “…”": a speech verb right
 * after "and", with no subject of its own, shares the subject of the verb the sentence
 * opened with. When that subject is a body's name opening the sentence ("Acme", "the
 * Harbour Board"), the words are the body's. People sharing a verb are read elsewhere, as
 * mentions.
 */
final class BodiesSharingTheirVerbs {

	/** Adverbs between "and" and the verb it joins: "and later warned". */
	private static final Set<String> ADVERBS = NameLexicon.words("also", "then", "later", "again", "further",
			"subsequently", "repeatedly", "publicly");

	/** Auxiliaries that tell a verb follows: "Acme has closed". */
	private static final Set<String> AUXILIARIES = NameLexicon.words("has", "had", "have", "did", "will", "would");

	/** Words of a body told by a noun, its modifiers included: "regional water board". */
	private static final int MAX_BODY_WORDS = 3;

	private final DocumentTokens doc;

	private final SourceSpeakers sources;

	private final SourceSubjects subjects;

	BodiesSharingTheirVerbs(DocumentTokens doc, SourceSpeakers sources, SourceSubjects subjects) {
		this.doc = doc;
		this.sources = sources;
		this.subjects = subjects;
	}

	/**
	 * The body whose name opens the sentence as the subject of its first verb, when the
	 * speech verb at {@code verb} is joined to that verb by "and"; else null.
	 */
	LocalPerson sharedSubject(int verb) {
		int and = verb - 1;
		while (and > 0 && this.doc.get(and).word() && ADVERBS.contains(this.doc.get(and).lower())) {
			and--;
		}
		if (and < 1 || !this.doc.get(and).lower().equals("and") || this.doc.boundaryBefore(and)) {
			return null;
		}
		int start = and;
		while (start > 0 && !this.doc.boundaryBefore(start)) {
			start--;
		}
		boolean article = SourceSpeakers.ARTICLES.contains(this.doc.get(start).lower());
		int name = article ? start + 1 : start;
		int end = this.sources.nameEnd(name);
		if (end <= name) {
			end = article ? bodyNounEnd(name, and) : -1;
			if (end < 0) {
				return null;
			}
		}
		int first = end;
		boolean auxiliary = false;
		while (first < and && this.doc.get(first).word()
				&& AttributionClauses.BETWEEN_SUBJECT_AND_VERB.contains(this.doc.get(first).lower())) {
			auxiliary |= AUXILIARIES.contains(this.doc.get(first).lower());
			first++;
		}
		if (first >= and - 1 || !finiteVerb(first, auxiliary)) {
			return null;
		}
		return end > name && !this.doc.get(name).capitalized() ? SourceSpeakers.described(this.doc.span(start, end))
				: this.subjects.nameBefore(first, AttributionClauses.BETWEEN_SUBJECT_AND_VERB);
	}

	/**
	 * "the union", "the regional council": where a body told by a noun after its article
	 * ends, or -1 when the words after the article are no such body.
	 */
	private int bodyNounEnd(int from, int before) {
		for (int t = from; t < before && t < from + MAX_BODY_WORDS; t++) {
			Token token = this.doc.get(t);
			if (!token.word() || token.capitalized()) {
				return -1;
			}
			if (SourceSpeakers.isBody(token.lower())) {
				return t + 1;
			}
		}
		return -1;
	}

	/** "closed", "held", or any verb after an auxiliary: a verb that has the subject. */
	private boolean finiteVerb(int t, boolean auxiliary) {
		Token token = this.doc.get(t);
		if (!token.word() || token.capitalized()) {
			return false;
		}
		String lower = token.lower();
		return auxiliary || lower.endsWith("ed") && lower.length() > 4 || ActVerbs.irregularPast(token)
				|| SpeechVerbs.isSpeechVerb(lower);
	}

}
