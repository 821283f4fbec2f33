package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * "…, with a nurse at the clinic saying that “…”", "with Jane Roe warning “…”": a
 * participle after "with" and a noun phrase has that phrase for its subject, not the
 * subject of the main clause. The words are the named person's when the phrase is a name,
 * the described person's when it tells one person by a noun for people ("a nurse at the
 * clinic"), and nobody's the reader can name when it only sorts people ("local
 * fishermen", "the union").
 */
final class AbsoluteParticiples {

	/** The most words a noun phrase between "with" and its participle runs to. */
	private static final int MAX_PHRASE_WORDS = 10;

	private static final Set<String> INDEFINITE = NameLexicon.words("a", "an");

	/** Shorter words in "-ist" are mostly no people ("list", "wrist", "exist"). */
	private static final int PRACTITIONER_MIN_LENGTH = 7;

	private AbsoluteParticiples() {
	}

	/**
	 * The speaker of the participle at {@code participle} when it heads an absolute
	 * phrase opened by "with", or null when it does not.
	 */
	static FoundSpeaker speaker(DocumentTokens doc, MentionIndex index, int participle) {
		if (participle < 2) {
			return null;
		}
		Token last = doc.get(participle - 1);
		if (!last.word() || NameLexicon.FUNCTION_WORDS.contains(last.lower()) || last.lower().endsWith("ly")) {
			return null; // "with care, saying", "by then saying": no phrase of its own
		}
		int sentence = doc.sentence[participle];
		for (int t = participle - 1; t >= 0 && t >= participle - MAX_PHRASE_WORDS - 1; t--) {
			Token token = doc.get(t);
			if (doc.sentence[t] != sentence || !token.word()) {
				return null;
			}
			if (token.lower().equals("with")) {
				if (t + 1 >= participle) {
					return null;
				}
				Mention named = index.mentionStartingAt(t + 1);
				if (named != null && named.endToken == participle) {
					return FoundSpeaker.of(named);
				}
				// "responded with a statement saying": a text the subject put out is
				// still the subject's voice; only a person or a body in the phrase
				// takes the words from it
				if (!namesSpeaker(doc, index, t + 1, participle)) {
					return null;
				}
				// "with a nurse at the clinic saying": someone the phrase describes
				return oneOfAKind(doc, t + 1, participle)
						? FoundSpeaker.of(SourceSpeakers.described(doc.span(t + 1, participle)))
						: FoundSpeaker.UNRESOLVED;
			}
		}
		return null;
	}

	/**
	 * "a nurse at the clinic", "an engineer with the firm": one person, told by an
	 * indefinite article and, right after it or one modifier, a noun for a person.
	 */
	private static boolean oneOfAKind(DocumentTokens doc, int from, int to) {
		if (!INDEFINITE.contains(doc.get(from).lower())) {
			return false;
		}
		for (int t = from + 1; t < to && t <= from + 2; t++) {
			String lower = doc.get(t).lower();
			if (PersonNouns.namesPerson(lower) || practitioner(lower)) {
				return true;
			}
		}
		return false;
	}

	/** "scientist", "economist", "analyst": one who practises a field. */
	private static boolean practitioner(String lower) {
		return lower.length() >= PRACTITIONER_MIN_LENGTH && (lower.endsWith("ist") || lower.endsWith("yst"));
	}

	private static boolean namesSpeaker(DocumentTokens doc, MentionIndex index, int from, int to) {
		for (int t = from; t < to; t++) {
			String lower = doc.get(t).lower();
			String singular = PersonNouns.singular(lower);
			if (index.mentionStartingAt(t) != null || PersonNouns.namesPerson(lower)
					|| singular != null && PersonNouns.namesPerson(singular) || SourceSpeakers.isBody(lower)
					|| practitioner(lower) || singular != null && practitioner(singular)) {
				return true;
			}
		}
		return false;
	}

}
