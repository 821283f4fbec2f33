package app.quarry.generation.extract.people;

import java.util.Locale;

/**
 * A capitalised "-ly" word set off by a comma: "Reportedly, the minister's aide ...",
 * "Clearly, nobody ...". Such a word is a sentence adverb, never a name; read as one it
 * is answered as a speaker or described by the noun phrase after its comma. Surnames and
 * given names that end in "-ly" ("Kelly, a spokeswoman, said") are kept: the word must
 * read as an adverb once lowered and must not be a known given name.
 */
final class OpeningAdverbs {

	private OpeningAdverbs() {
	}

	/** Whether the one-word run at {@code t} is an adverb set off by a comma. */
	static boolean at(DocumentTokens doc, int t, int runEnd) {
		if (runEnd != t + 1 || runEnd >= doc.size() || !doc.get(runEnd).text().equals(",")) {
			return false;
		}
		Token token = doc.get(t);
		String lower = token.lower().toLowerCase(Locale.ROOT);
		if (!token.word() || lower.length() < 6 || !lower.endsWith("ly") || NameFinder.givenName(token)
				|| GivenNames.known(lower)) {
			return false;
		}
		String[] words = { lower, ",", "the", "report", "said", "." };
		return PartOfSpeech.tags(words)[0].equals("ADV");
	}

}
