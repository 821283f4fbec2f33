package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * "a Polish Acme pilot": a people's adjective before a one-word name that qualifies a
 * noun says where that pilot is from; it is no part of the name when the document writes
 * the name without it elsewhere ("Acme said"). Two-word names that open with a people's
 * adjective ("British Airways", "the Irish Times") are kept whole: their second word is
 * not written alone, or only after "the".
 */
final class DemonymsBeforeKnownNames {

	private static final Set<String> AUXILIARIES = NameLexicon.words("is", "was", "are", "were", "has", "had", "have",
			"will", "would", "can", "could", "may", "might", "must", "should", "does", "did");

	private DemonymsBeforeKnownNames() {
	}

	/** Whether the run's first word is such an adjective before a name used alone. */
	static boolean adjectiveAt(DocumentTokens doc, int runStart, int runEnd) {
		if (runEnd - runStart != 2 || !Demonyms.is(doc.get(runStart)) || runEnd >= doc.size()
				|| doc.boundaryBefore(runEnd)) {
			return false;
		}
		Token after = doc.get(runEnd);
		String next = after.lower();
		if (!after.word() || after.capitalized() || NameLexicon.FUNCTION_WORDS.contains(next)
				|| SpeechVerbs.isSpeechVerb(next) || next.endsWith("ed") || AUXILIARIES.contains(next)) {
			// only a name used as a modifier ("a Polish Acme pilot"); "Polish Acme said"
			// may be the name of a firm of its own
			return false;
		}
		return writtenAloneElsewhere(doc, runStart + 1);
	}

	private static boolean writtenAloneElsewhere(DocumentTokens doc, int name) {
		String text = doc.get(name).text();
		for (int t = 0; t < doc.size(); t++) {
			if (t == name || !doc.get(t).text().equals(text)) {
				continue;
			}
			boolean startsRun = t == 0 || doc.boundaryBefore(t)
					|| !doc.get(t - 1).capitalized() && !doc.get(t - 1).lower().equals("the");
			boolean endsRun = t + 1 >= doc.size() || doc.boundaryBefore(t + 1) || !doc.get(t + 1).capitalized();
			if (startsRun && endsRun) {
				return true;
			}
		}
		return false;
	}

}
