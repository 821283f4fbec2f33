package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * 'But a spokesman said the law tied its hands. “…,” he said.': a sentence whose subject
 * is someone unnamed who speaks for a body ("a spokesman", "a company spokeswoman") puts
 * that person in focus, and "he" or "she" opening or tagging the next sentence is likely
 * that person, not anyone the text named before. The focus kept by names never sees the
 * unnamed speaker, so a pronoun read as a named person there is left unclear rather than
 * given to an earlier, named speaker.
 */
final class UnnamedSpeakerBeforePronoun {

	/** Nouns for one who speaks on a body's behalf, and the gender each tells. */
	private static final Set<String> MALE = Set.of("spokesman", "spokesmen");

	private static final Set<String> FEMALE = Set.of("spokeswoman");

	private static final Set<String> EITHER = Set.of("spokesperson", "official", "source", "insider", "witness",
			"resident");

	/** Words that may open the sentence before the subject. */
	private static final Set<String> OPENERS = Set.of("but", "and", "however", "yet", "meanwhile", "now", "later");

	/**
	 * Indefinite articles only: "the spokesman" may stand for one the text named before.
	 */
	private static final Set<String> ARTICLES = Set.of("a", "an", "one", "another");

	private static final int MAX_MODIFIERS = 3;

	private UnnamedSpeakerBeforePronoun() {
	}

	/**
	 * Whether the sentence right before the pronoun's, in the same paragraph, opens with
	 * an unnamed speaker of a fitting gender as the subject of a speech verb.
	 */
	static boolean standsFor(DocumentTokens doc, Mention pronoun) {
		String word = pronoun.surface.toLowerCase(java.util.Locale.ROOT);
		if (!word.equals("he") && !word.equals("she")) {
			return false;
		}
		if (pronoun.inQuote) {
			return false;
		}
		int start = doc.sentenceStart(pronoun.firstToken);
		if (start <= 0 || doc.afterLineBreak[start]) {
			return false;
		}
		int t = doc.sentenceStart(start - 1);
		while (t < start && (!doc.get(t).word() || OPENERS.contains(doc.get(t).lower()))) {
			t++;
		}
		if (t >= start || !ARTICLES.contains(doc.get(t).lower())) {
			return false;
		}
		for (int noun = t + 1; noun < start - 1 && noun <= t + 1 + MAX_MODIFIERS; noun++) {
			Token token = doc.get(noun);
			if (!token.word()) {
				return false;
			}
			String lower = token.lower();
			boolean fits = word.equals("he") ? MALE.contains(lower) : FEMALE.contains(lower);
			if (fits || EITHER.contains(lower)) {
				Token verb = doc.get(noun + 1);
				return verb.word() && !verb.capitalized() && SpeechVerbs.isSpeechVerb(verb.lower());
			}
		}
		return false;
	}

}
