package app.quarry.generation.extract.people;

import java.util.List;
import java.util.Set;

/**
 * "Ann Roe said … . Piers Quill is chief steward at the depot. He said: “…”": two
 * capitalised words that open a sentence and go on with "is" or "was" and a role ("is
 * chief steward", "was a senior officer") introduce a person, even when the reading did
 * not take the first word for a given name. Such a person, met after the one a "he" or
 * "she" was given to, may well be the one the pronoun stands for, so the pronoun is left
 * unclear rather than passed over them to someone named before.
 */
final class UnreadPeopleBetween {

	private static final Set<String> COPULAS = NameLexicon.words("is", "was");

	/** Words that may stand between the copula and the role: "a", "the", "senior". */
	private static final int MAX_WORDS_BEFORE_ROLE = 4;

	private UnreadPeopleBetween() {
	}

	/**
	 * Whether a sentence after {@code fromSentence} and before the pronoun introduces a
	 * person by a two-word name that no mention reads.
	 */
	static boolean between(DocumentTokens doc, List<Mention> mentions, int fromSentence, Mention pronoun) {
		for (int t = 0; t + 3 < doc.size() && t < pronoun.firstToken; t++) {
			int sentence = doc.sentence[t];
			if (sentence <= fromSentence || !doc.startsSentence[t] || sentence >= pronoun.sentence + 1) {
				continue;
			}
			if (introducesPerson(doc, t) && !readAsMention(mentions, t, t + 2)) {
				return true;
			}
		}
		return false;
	}

	/** "Piers Quill is chief steward": two capitalised words, a copula, a role. */
	private static boolean introducesPerson(DocumentTokens doc, int t) {
		Token first = doc.get(t);
		Token second = doc.get(t + 1);
		if (!first.word() || !second.word() || !first.capitalized() || !second.capitalized()
				|| doc.boundaryBefore(t + 1) || !COPULAS.contains(doc.get(t + 2).lower())) {
			return false;
		}
		String lower = first.lower();
		if (NameLexicon.FUNCTION_WORDS.contains(lower) || NameLexicon.TITLES.contains(lower)
				|| NameLexicon.HONORIFICS.contains(lower) || NameLexicon.isRoleNoun(lower)
				|| NameLexicon.isRoleNoun(second.lower())) {
			return false;
		}
		for (int u = t + 3; u < doc.size() && u <= t + 3 + MAX_WORDS_BEFORE_ROLE && !doc.boundaryBefore(u); u++) {
			if (!doc.get(u).word()) {
				return false;
			}
			if (NameLexicon.isRoleNoun(doc.get(u).lower())) {
				return true;
			}
		}
		return false;
	}

	/** Whether a person mention covers the two words. */
	private static boolean readAsMention(List<Mention> mentions, int from, int to) {
		for (Mention mention : mentions) {
			if (mention.kind == Mention.Kind.NAME && mention.firstToken <= from && mention.endToken >= to) {
				return true;
			}
		}
		return false;
	}

}
