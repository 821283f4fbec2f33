package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * 'But a spokesman said the law tied its hands. “…,” he said.': a sentence whose subject
 * is someone unnamed who speaks for a body ("a spokesman", "a company spokeswoman", "a
 * spokesperson for the ministry, the body that runs the mines,") puts that person in
 * focus, and "he" or "she" opening or tagging the next sentence is that person, not
 * anyone the text named before. The focus kept by names never sees the unnamed speaker,
 * so the pronoun is given the speaker as the sentence before describes them.
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

	/** Words of a body after "for", "of" or "at": "for the Upton water board". */
	private static final int MAX_BODY_WORDS = 6;

	/**
	 * Words of an apposition set off by commas after the body: ", the mines authority,".
	 */
	private static final int MAX_APPOSITION_WORDS = 8;

	private static final Set<String> TIES = Set.of("for", "of", "at", "from");

	/**
	 * The unnamed speaker the sentence right before the pronoun's, in the same paragraph,
	 * opens with as the subject of a speech verb, when of a fitting gender; else null.
	 */
	static LocalPerson speaker(DocumentTokens doc, Mention pronoun) {
		int[] span = describedSpan(doc, pronoun);
		if (span == null) {
			return null;
		}
		String description = doc.span(span[0], span[1]);
		LocalPerson someone = new LocalPerson(NameKey.of(description), description);
		someone.addSpelling(description);
		someone.described = true;
		return someone;
	}

	/** The tokens from the article to the end of the description, or null. */
	private static int[] describedSpan(DocumentTokens doc, Mention pronoun) {
		String word = pronoun.surface.toLowerCase(java.util.Locale.ROOT);
		if (!word.equals("he") && !word.equals("she")) {
			return null;
		}
		if (pronoun.inQuote) {
			return null;
		}
		int start = doc.sentenceStart(pronoun.firstToken);
		if (start <= 0 || doc.afterLineBreak[start]) {
			return null;
		}
		int t = doc.sentenceStart(start - 1);
		while (t < start && (!doc.get(t).word() || OPENERS.contains(doc.get(t).lower()))) {
			t++;
		}
		if (t >= start || !ARTICLES.contains(doc.get(t).lower())) {
			return null;
		}
		for (int noun = t + 1; noun < start - 1 && noun <= t + 1 + MAX_MODIFIERS; noun++) {
			Token token = doc.get(noun);
			if (!token.word()) {
				return null;
			}
			String lower = token.lower();
			boolean fits = word.equals("he") ? MALE.contains(lower) : FEMALE.contains(lower);
			if (fits || EITHER.contains(lower)) {
				int end = bodyEnd(doc, noun + 1, start);
				int verb = appositionEnd(doc, end, start);
				return verb < start && speechVerb(doc.get(verb)) ? new int[] { t, end } : null;
			}
		}
		return null;
	}

	/** After "a spokesperson": the end of "for the Upton water board", if there. */
	private static int bodyEnd(DocumentTokens doc, int t, int limit) {
		if (t >= limit || !TIES.contains(doc.get(t).lower())) {
			return t;
		}
		int u = t + 1;
		while (u < limit && u <= t + MAX_BODY_WORDS && (doc.get(u).word() || doc.get(u).is("'s") || doc.get(u).is("’s"))
				&& !speechVerb(doc.get(u))) {
			u++;
		}
		return u > t + 1 ? u : t;
	}

	/**
	 * Past ", the mines authority," set off after the body, where the verb should stand.
	 */
	private static int appositionEnd(DocumentTokens doc, int t, int limit) {
		if (t >= limit || !doc.get(t).is(",")) {
			return t;
		}
		for (int u = t + 1; u < limit && u <= t + 1 + MAX_APPOSITION_WORDS; u++) {
			if (doc.get(u).is(",")) {
				return u + 1;
			}
			if (!doc.get(u).word() || SpeechVerbs.isSpeechVerb(doc.get(u).lower())) {
				return t;
			}
		}
		return t;
	}

	private static boolean speechVerb(Token token) {
		return token.word() && !token.capitalized() && SpeechVerbs.isSpeechVerb(token.lower());
	}

}
