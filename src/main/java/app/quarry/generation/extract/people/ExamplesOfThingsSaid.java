package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * 'Placards mocked things that Mayor Roe had said, as in “…”': words given as an example
 * ("as in", "such as", "like") of what a relative clause tells someone said are the
 * example's, whoever wrote or carried it; the one named in the relative clause did not
 * necessarily say them.
 */
final class ExamplesOfThingsSaid {

	/** Words that relate a clause to the noun before it. */
	private static final Set<String> RELATIVES = NameLexicon.words("that", "which", "whom");

	/** Words that take a quotation as an example of a kind. */
	private static final Set<String> EXAMPLE_MARKERS = NameLexicon.words("like", "including");

	private ExamplesOfThingsSaid() {
	}

	/**
	 * Whether the speech verb at {@code verb}, with its subject, is a relative clause on
	 * a noun, and the quote opening at {@code open} is given as an example after it.
	 */
	static boolean example(DocumentTokens doc, Mention subject, int verb, int open) {
		int relative = subject.phraseStartToken - 1;
		if (relative < 1 || !RELATIVES.contains(doc.get(relative).lower())) {
			return false;
		}
		Token noun = doc.get(relative - 1);
		if (!noun.word() || SpeechVerbs.isSpeechVerb(noun.lower())
				|| NameLexicon.FUNCTION_WORDS.contains(noun.lower())) {
			return false; // "Doe said that Roe had said “…”": reported, not relative
		}
		return markedAsExample(doc, open) && verb < open;
	}

	/** "as in “…”", "such as “…”", "like “…”" right before the opening mark. */
	private static boolean markedAsExample(DocumentTokens doc, int open) {
		if (open < 2) {
			return false;
		}
		String last = doc.get(open - 1).lower();
		String before = doc.get(open - 2).lower();
		return EXAMPLE_MARKERS.contains(last) || last.equals("in") && before.equals("as")
				|| last.equals("as") && before.equals("such");
	}

}
