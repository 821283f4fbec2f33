package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * "Mirwani, 31, says he …", "Said Hamid, a shopkeeper near the market, said …": words set
 * off by an age, or by an apposition whose head is a kind of person, and then followed by
 * a speech verb are the name of the person who speaks. A lone word read this way is a
 * name however rare, and a capitalised word opening such a sentence ("Said", "Will",
 * "Rich") belongs to the name rather than being a verb or a common word: the clause after
 * the apposition already has its verb.
 */
final class SubjectsSetOffBeforeSpeaking {

	/** Longest apposition read: "a stallholder at the fish market by the old quay". */
	private static final int MAX_APPOSITION_TOKENS = 12;

	private static final Set<String> ARTICLES = Set.of("a", "an", "the");

	private SubjectsSetOffBeforeSpeaking() {
	}

	/**
	 * Whether the capitalised words ending before {@code runEnd} are set off by an age or
	 * a person's apposition that a speech verb follows.
	 */
	static boolean speaksAfterApposition(DocumentTokens doc, int runEnd) {
		if (runEnd + 2 >= doc.size() || !doc.get(runEnd).is(",") || doc.boundaryBefore(runEnd + 1)) {
			return false;
		}
		int close = age(doc, runEnd + 1) ? runEnd + 2 : personalApposition(doc, runEnd + 1);
		if (close < 0 || close + 1 >= doc.size() || !doc.get(close).is(",") || doc.boundaryBefore(close + 1)) {
			return false;
		}
		Token verb = doc.get(close + 1);
		return verb.word() && !verb.capitalized() && SpeechVerbs.isSpeechVerb(verb.lower())
				&& !SpeechVerbs.isParticiple(verb.lower());
	}

	/** "31" between commas: an age, which only a person is given. */
	private static boolean age(DocumentTokens doc, int t) {
		String text = doc.get(t).text();
		return text.length() <= 3 && text.chars().allMatch(Character::isDigit) && t + 1 < doc.size()
				&& doc.get(t + 1).is(",");
	}

	/**
	 * The comma closing an apposition that opens with an article and whose head noun, the
	 * last word before a preposition or the closing comma, names a kind of person; -1
	 * when there is none.
	 */
	private static int personalApposition(DocumentTokens doc, int first) {
		if (!ARTICLES.contains(doc.get(first).lower())) {
			return -1;
		}
		String head = null;
		boolean headDone = false;
		for (int t = first + 1; t < doc.size() && t - first <= MAX_APPOSITION_TOKENS; t++) {
			if (doc.boundaryBefore(t)) {
				return -1;
			}
			Token token = doc.get(t);
			if (token.is(",")) {
				return head != null && personNoun(head) ? t : -1;
			}
			if (!token.word()) {
				if (!token.is("-")) {
					return -1;
				}
				continue;
			}
			if (NameLexicon.PREPOSITIONS.contains(token.lower())) {
				headDone = true;
			}
			else if (!headDone) {
				head = token.lower();
			}
		}
		return -1;
	}

	private static boolean personNoun(String lower) {
		String singular = PersonNouns.singular(lower);
		return PersonNouns.namesPerson(lower) || singular != null && PersonNouns.namesPerson(singular);
	}

}
