package app.quarry.generation.extract.people;

import java.util.regex.Pattern;

/**
 * "6-year-old Ostlandic rafter Jane Roe", "44-year-old carpenter John Roe": an age set
 * before a noun says the noun describes a person, though it is no title, and the name
 * after it is that person.
 */
final class AgedDescriptions {

	private static final Pattern AGE = Pattern.compile("\\d{1,3}-(?:year|month)-old");

	/** Capitalized words between the age and the noun: "Ostlandic", "Dover". */
	private static final int MAX_QUALIFIERS = 2;

	private AgedDescriptions() {
	}

	/**
	 * The first token of the aged description that ends right before {@code nameFirst},
	 * or -1 when no age stands before a lower-case noun there.
	 */
	static int start(DocumentTokens doc, int nameFirst) {
		int noun = nameFirst - 1;
		if (noun < 1 || doc.boundaryBefore(nameFirst) || !describingNoun(doc.get(noun))) {
			return -1;
		}
		for (int t = noun - 1; t >= 0 && noun - t <= MAX_QUALIFIERS + 1 && !doc.boundaryBefore(t + 1); t--) {
			Token token = doc.get(t);
			if (AGE.matcher(token.lower()).matches()) {
				return t;
			}
			if (spacedAge(doc, t)) {
				return t - 2;
			}
			if (!token.word() || !token.capitalized() || token.nameLike() && !adjective(token)) {
				return -1;
			}
		}
		return -1;
	}

	/**
	 * "a 16 year old cadet": the age written without its hyphens, ending at {@code t}
	 * ("old"), the number two tokens before it.
	 */
	private static boolean spacedAge(DocumentTokens doc, int t) {
		return t >= 2 && doc.get(t).lower().equals("old") && SPACED_UNITS.contains(doc.get(t - 1).lower())
				&& doc.get(t - 2).text().matches("\\d{1,3}") && !doc.boundaryBefore(t) && !doc.boundaryBefore(t - 1);
	}

	private static final java.util.Set<String> SPACED_UNITS = java.util.Set.of("year", "month");

	/** "Ostlandic", "Cuban": a capitalized word that qualifies rather than names. */
	private static boolean adjective(Token token) {
		String lower = token.lower();
		return lower.endsWith("ic") || lower.endsWith("an") || lower.endsWith("ish") || lower.endsWith("ese")
				|| lower.endsWith("i");
	}

	/** A singular noun in lower case: "rafter", not "twins", "said" or "of". */
	private static boolean describingNoun(Token token) {
		String lower = token.lower();
		return token.word() && !token.capitalized() && lower.length() >= 3 && Character.isLetter(lower.charAt(0))
				&& !NameLexicon.FUNCTION_WORDS.contains(lower) && !NameLexicon.PREPOSITIONS.contains(lower)
				&& !RoleWords.VERBS.contains(lower) && !SpeechVerbs.isSpeechVerb(lower) && !lower.endsWith("ing")
				&& !lower.endsWith("ed") && !lower.endsWith("ly") && !(lower.endsWith("s") && !lower.endsWith("ss"));
	}

}
