package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * A participle phrase that follows the head of a description set off after a name: "the
 * Fenwick Gauge, a price measure used to track farm land,", "the Z9, a music player using
 * flash memory,". The phrase tells more of the thing, so the description runs over it
 * when it is short and closed by a comma, a full stop or the sentence's end; the noun
 * phrase before it is the description's head either way.
 */
final class ParticipleTails {

	/** Words ending as participles do that open no participle phrase. */
	private static final Set<String> NOT_PARTICIPLES = NameLexicon.words("thing", "nothing", "something", "anything",
			"everything", "king", "ring", "wing", "spring", "string", "ceiling", "building", "evening", "morning",
			"meeting", "bed", "need", "seed", "speed", "feed", "red", "hundred");

	private static final int MAX_HEAD_TOKENS = 8;

	private static final int MAX_TAIL_TOKENS = 10;

	private ParticipleTails() {
	}

	/**
	 * The participle's token after the description's words from {@code from}, where the
	 * words before it end in a head that names a kind of thing and the phrase it opens is
	 * closed; -1 when there is none.
	 */
	static int participle(DocumentTokens doc, int from) {
		for (int t = from + 1; t < doc.size() && t - from <= MAX_HEAD_TOKENS && !doc.boundaryBefore(t); t++) {
			Token token = doc.get(t);
			if (participle(token) && ThingDescriptions.thingHead(doc, from, t) && phrase(doc, t)) {
				return t;
			}
			if (!ThingDescriptions.modifier(token)) {
				return -1;
			}
		}
		return -1;
	}

	/**
	 * The token after the participle phrase that opens at {@code participle}: a comma, a
	 * full stop or the sentence's end closes it; -1 when a verb of its own, a quote or
	 * the length shows it to be no phrase set off with the description.
	 */
	static int tailEnd(DocumentTokens doc, int participle) {
		int t = participle + 1;
		if (t >= doc.size() || doc.boundaryBefore(t) || !doc.get(t).word()) {
			return -1; // "a tool used." says nothing after the participle
		}
		while (t < doc.size() && !doc.boundaryBefore(t) && t - participle <= MAX_TAIL_TOKENS) {
			Token token = doc.get(t);
			if (token.is(",") || token.is(".") || token.is(";")) {
				return t;
			}
			boolean word = token.word() || token.is("-") || NameFinder.isPossessiveMark(token)
					|| ThingNames.digit(token.text());
			if (!word || OrganisationFinder.VERBS.contains(token.lower()) || SpeechVerbs.isSpeechVerb(token.lower())) {
				return -1;
			}
			t++;
		}
		return t >= doc.size() || doc.boundaryBefore(t) ? t : -1;
	}

	/**
	 * The participle opens a phrase of its own: closed, of two words or more, and not
	 * ending in a noun for a body or a person, which would make the participle a modifier
	 * of that noun ("a fast growing software firm", "a washing machine").
	 */
	private static boolean phrase(DocumentTokens doc, int participle) {
		int end = tailEnd(doc, participle);
		if (end < participle + 3) {
			return false;
		}
		String last = doc.get(end - 1).lower();
		return !OrganisationWords.NOUNS.contains(last) && !NameLexicon.isRoleNoun(last);
	}

	private static boolean participle(Token token) {
		String lower = token.lower();
		return token.word() && !token.capitalized() && lower.length() > 3 && !NOT_PARTICIPLES.contains(lower)
				&& (lower.endsWith("ed") || lower.endsWith("ing"));
	}

}
