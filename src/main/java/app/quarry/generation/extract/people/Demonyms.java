package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * "Kenyan Jane Roe took silver": a people's name opening a capitalized run says where the
 * person is from and is no part of the name. Only the run's first word is read so: "Dawn
 * French" keeps the word as a surname.
 */
final class Demonyms {

	private static final Set<String> WORDS = NameLexicon.words("american", "british", "canadian", "french", "german",
			"italian", "spanish", "irish", "mexican", "brazilian", "indian", "australian", "dutch", "swedish", "danish",
			"norwegian", "finnish", "swiss", "austrian", "belgian", "polish", "turkish", "israeli", "pakistani",
			"indonesian", "scottish", "welsh", "greek", "portuguese", "egyptian", "iranian", "iraqi", "saudi",
			"nigerian", "kenyan", "ethiopian", "ugandan", "moroccan", "algerian", "jamaican", "argentine",
			"argentinian", "chilean", "colombian", "peruvian", "venezuelan", "cuban", "vietnamese", "thai", "filipino",
			"malaysian", "taiwanese", "ukrainian", "hungarian", "czech", "romanian", "japanese", "chinese", "korean",
			"russian", "ghanaian", "zimbabwean", "croatian", "serbian", "slovak", "bulgarian", "estonian", "latvian",
			"lithuanian", "icelandic", "afghan", "syrian", "lebanese", "palestinian");

	private Demonyms() {
	}

	/** Whether the lower-case word is a people's name: "kenyan", "german". */
	static boolean word(String lower) {
		return WORDS.contains(lower);
	}

	/** Whether the token is a people's name: "Kenyan", "Dutch". */
	static boolean is(Token token) {
		return token.word() && token.capitalized() && WORDS.contains(token.lower());
	}

	/** Whether the run's first word is a people's name with a name after it. */
	static boolean opensRun(DocumentTokens doc, int t, int runStart, int runEnd) {
		return t == runStart && runEnd - t >= 3 && WORDS.contains(doc.get(t).lower());
	}

}
