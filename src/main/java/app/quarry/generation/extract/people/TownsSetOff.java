package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * The town, and its state if given, that a business story sets off by commas after a
 * company's name and before its verb: "Brovo Ltd., Leeds, said", "Brovo Ltd., Garden
 * City, N.Y., said", "Brovo, Leeds, makes pumps". A town with a state spelled in the word
 * lists after a suffixed name is {@link OrganisationShapes#placeSetOff}'s too.
 */
final class TownsSetOff {

	/**
	 * Verbs a business story puts right after a company's set-off town: "Brovo Ltd.,
	 * Leeds, said", "..., reported", "..., is a maker of pumps".
	 */
	private static final Set<String> CLAUSE_VERBS = NameLexicon.words("said", "says", "reported", "reports",
			"announced", "is", "was", "has", "had", "will", "would", "agreed", "posted", "plans", "expects");

	private TownsSetOff() {
	}

	/**
	 * "Brovo Ltd., Leeds, said", "Brovo Ltd., Garden City, N.Y., said", "Brovo, Leeds,
	 * makes pumps": the town, and its state if given, set off after a company's name and
	 * before its verb, as "based in Leeds". A name without a suffix must open its
	 * sentence, be no person's and be the short name of a company the story named in full
	 * before.
	 */
	static String townSetOff(DocumentTokens doc, int start, int end, boolean[] person, boolean[] named) {
		if (end + 3 >= doc.size() || !doc.get(end).is(",") || doc.boundaryBefore(end + 1)) {
			return null;
		}
		if (!OrganisationWords.companyName(doc, start, end)
				&& (!doc.startsSentence[start] || any(named, start, end) || !namedInFullBefore(doc, start, end))) {
			return null;
		}
		int town = end + 1;
		int last = CompanyBases.placeEnd(doc, town);
		if (last < 0 || last + 1 >= doc.size() || !doc.get(last).is(",") || doc.boundaryBefore(last + 1)
				|| any(person, town, last)) {
			return null; // "Brovo Inc., Jane Roe, said": a person is no town
		}
		int state = CompanyBases.stateEnd(doc, last + 1);
		if (state > 0 && state + 1 < doc.size() && doc.get(state).is(",") && !doc.boundaryBefore(state + 1)) {
			last = state; // "Garden City, N.Y.,"
		}
		int verb = last + 1;
		return verb < doc.size() && clauseVerb(doc, start, verb) ? "based in " + doc.span(town, last) : null;
	}

	/** "said", "reported", "agreed", "makes": the verb of the company's clause. */
	private static boolean clauseVerb(DocumentTokens doc, int start, int verb) {
		Token token = doc.get(verb);
		String lower = token.lower();
		if (!token.word() || token.capitalized() || doc.boundaryBefore(verb)) {
			return false;
		}
		return CLAUSE_VERBS.contains(lower) || SpeechVerbs.isSpeechVerb(lower) || lower.endsWith("ed")
				|| lower.endsWith("s") && PartOfSpeech.isVerb(doc, start, verb);
	}

	/** "Brovo Holdings Inc." before "Brovo, Leeds, said": the short name's full name. */
	private static boolean namedInFullBefore(DocumentTokens doc, int start, int end) {
		int length = end - start;
		for (int k = 0; k + length <= start; k++) {
			boolean same = true;
			for (int w = 0; w < length && same; w++) {
				same = doc.get(k + w).text().equals(doc.get(start + w).text());
			}
			if (same) {
				int full = OrganisationWords.withAbbreviationPeriod(doc, OrganisationNameRuns.runEnd(doc, k));
				if (full > k + length && OrganisationWords.companyName(doc, k, full)) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean any(boolean[] marks, int from, int to) {
		for (int t = from; t < to; t++) {
			if (marks[t]) {
				return true;
			}
		}
		return false;
	}

}
