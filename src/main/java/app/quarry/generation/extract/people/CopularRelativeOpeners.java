package app.quarry.generation.extract.people;

import java.util.Set;
import java.util.function.Predicate;

/**
 * "Acme, which is a maker of pumps," says no more than "Acme, a maker of pumps,": a
 * relative clause of "which" and a copula ("which is", "which was also") before a noun
 * phrase is an apposition with two more words. The readers of appositions start their
 * description after these words.
 */
final class CopularRelativeOpeners {

	private static final Set<String> RELATIVES = NameLexicon.words("which", "that");

	private static final Set<String> COPULAS = NameLexicon.words("is", "was");

	/** Adverbs that only add that another name is one too, or that it still is. */
	private static final Set<String> ADVERBS = NameLexicon.words("also", "still", "now");

	private CopularRelativeOpeners() {
	}

	/**
	 * The token where the noun phrase after the comma at {@code comma} starts: right
	 * after the comma, or after "which is" and an adverb that follow it.
	 */
	static int descriptionStart(DocumentTokens doc, int comma) {
		int t = comma + 1;
		if (t + 2 >= doc.size() || !RELATIVES.contains(doc.get(t).text()) || doc.boundaryBefore(t + 1)
				|| !COPULAS.contains(doc.get(t + 1).lower())) {
			return comma + 1;
		}
		t += 2;
		if (ADVERBS.contains(doc.get(t).lower()) && t + 1 < doc.size()) {
			t++;
		}
		return t;
	}

	/**
	 * Whether a word of the noun phrase from {@code first} to {@code last}, before its
	 * first preposition or relative pronoun, names a kind. After "which is" the clause
	 * may speak of the whole sentence ("..., which is a blow to the group"), so only a
	 * phrase that names the kind before any preposition shows it speaks of the name.
	 */
	static boolean namesKind(DocumentTokens doc, int first, int last, Predicate<String> kind) {
		for (int t = first; t < last; t++) {
			String lower = doc.get(t).lower();
			if (t > first && (NameLexicon.PREPOSITIONS.contains(lower) || RELATIVES.contains(lower)
					|| lower.equals("whose"))) {
				return false;
			}
			if (kind.test(lower)) {
				return true;
			}
		}
		return false;
	}

}
