package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * An apposition that calls someone "the man" or "the woman" and says what marks them out:
 * "Peter Vane, the man quietly put in charge of party funding by Mr Hollis," or "Jane
 * Roe, the woman who led the strike,". The plain noun tells nothing, so the rules for
 * roles pass it by; the participle or relative clause after it is the whole description,
 * and a reader can be asked who that man is.
 */
final class PersonNounAppositions {

	private static final Set<String> PERSON_NOUNS = NameLexicon.words("man", "woman");

	/** Words after which a participle still belongs to the phrase. */
	private static final Set<String> PARTICIPLE_WORDS = NameLexicon.words("put", "made", "named", "appointed", "chosen",
			"elected", "picked", "hired", "brought", "given", "sent", "charged", "tipped");

	private static final int MIN_TOKENS = 3;

	private static final int MAX_TOKENS = 18;

	private PersonNounAppositions() {
	}

	static void find(DocumentTokens doc, Mention name) {
		int comma = name.endToken;
		int first = comma + 3;
		if (first + 1 >= doc.size() || !doc.get(comma).is(",") || doc.boundaryBefore(comma + 1)
				|| doc.boundaryBefore(comma + 2) || doc.boundaryBefore(first)
				|| !doc.get(comma + 1).lower().equals("the") || !PERSON_NOUNS.contains(doc.get(comma + 2).lower())) {
			return;
		}
		int verb = first;
		while (verb < first + 2 && verb < doc.size() && !doc.boundaryBefore(verb) && adverb(doc.get(verb))) {
			verb++;
		}
		if (verb >= doc.size() || doc.boundaryBefore(verb)) {
			return;
		}
		Token opener = doc.get(verb);
		boolean who = verb == first && opener.lower().equals("who");
		if (!who && !ActVerbs.participle(opener) && !PARTICIPLE_WORDS.contains(opener.lower())) {
			return;
		}
		int end = SubjectActs.clauseEnd(doc, verb);
		if (end - first < MIN_TOKENS || end - comma > MAX_TOKENS || unclear(doc, who ? first + 1 : first, end)) {
			return;
		}
		String role = doc.span(comma + 1, end);
		name.appositionEndToken = end;
		name.role = name.role == null ? role : name.role;
		name.appositionRole = role;
	}

	/** "quietly", "controversially": a manner adverb before the participle. */
	private static boolean adverb(Token token) {
		return token.word() && !token.capitalized() && token.lower().endsWith("ly") && token.lower().length() > 4;
	}

	/** A pronoun or a clause of its own leaves the phrase unclear on a card. */
	private static boolean unclear(DocumentTokens doc, int from, int end) {
		for (int t = from; t < end; t++) {
			String lower = doc.get(t).lower();
			if (SubjectActs.pronoun(lower) || lower.equals("that") || lower.equals("which") || lower.equals("who")
					|| SpeechVerbs.isSpeechVerb(lower) && !doc.get(t).capitalized()) {
				return true;
			}
		}
		return false;
	}

}
