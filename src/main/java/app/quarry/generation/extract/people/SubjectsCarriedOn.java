package app.quarry.generation.extract.people;

import java.util.Locale;

/**
 * "Halder Trust Corp. said holders approved its sale to Brovo Ltd. of Montreal. The
 * shipping company said it plans ...": a description that opens its sentence as the
 * subject of a verb carries on the subject of the sentence before, a company whose name
 * opened that sentence, though the sentence named other companies after it. Used by
 * {@link CompanyAnaphora} where the last name before the description would not do.
 */
final class SubjectsCarriedOn {

	/** Sentences back to the one whose subject the description may carry on. */
	private static final int SENTENCES_BACK = 2;

	private SubjectsCarriedOn() {
	}

	/**
	 * The name of the company {@link #subject} finds, when the description says what no
	 * earlier words said (an earlier "Brovo, a Chicago company" would make "the Chicago
	 * company" Brovo); null otherwise.
	 */
	static String name(DocumentTokens doc, String text, int start, int last) {
		int[] subject = subject(doc, start, last);
		if (subject == null) {
			return null;
		}
		String words = doc.span(start + 1, last + 1).toLowerCase(Locale.ROOT);
		if (text.substring(0, doc.get(start).start()).toLowerCase(Locale.ROOT).contains(words)) {
			return null;
		}
		return doc.span(subject[0], subject[1]);
	}

	/**
	 * The company whose name, with a company's suffix, opens a sentence before the
	 * description from {@code start} to {@code last} as the subject of its verb, when the
	 * description opens its own sentence as a verb's subject and the sentences between
	 * name nothing; null otherwise.
	 */
	static int[] subject(DocumentTokens doc, int start, int last) {
		if (!doc.startsSentence[start] || !verbAfter(doc, last + 1)) {
			return null;
		}
		int t = start - 1;
		int sentence = doc.sentence[start];
		while (t >= 0 && sentence - doc.sentence[t] <= SENTENCES_BACK) {
			if (doc.startsSentence[t]) {
				int[] name = openingSubject(doc, t);
				if (name != null) {
					return objectNamed(doc, name[1], start) ? null : name;
				}
				if (namesSomething(doc, t)) {
					return null; // a name between: another subject may be carried on
				}
			}
			t--;
		}
		return null;
	}

	/** "Halder Corp. said", "Halder Corp., Tulsa, Okla., said": the name opening at t. */
	private static int[] openingSubject(DocumentTokens doc, int t) {
		if (!doc.get(t).capitalized()) {
			return null;
		}
		int end = StrippedAmpersands.wholeName(doc, t, OrganisationNameRuns.runEnd(doc, t));
		if (!OrganisationWords.companyName(doc, t, end)) {
			return null;
		}
		int verb = SetOffPlaces.end(doc, t, end);
		return verbAfter(doc, verb < 0 ? end : verb) ? new int[] { t, end } : null;
	}

	/**
	 * Whether a name between {@code from} and {@code to} is what a verb acts on ("wants
	 * to buy Brovo Foods"), not what a preposition brings in ("its sale to Brovo Ltd. of
	 * Toronto"): the description may well mean that company.
	 */
	private static boolean objectNamed(DocumentTokens doc, int from, int to) {
		for (int k = from; k < to; k++) {
			Token token = doc.get(k);
			if (!token.word() || !token.capitalized() || doc.startsSentence[k] || doc.get(k - 1).capitalized()
					|| OrganisationWords.CALENDAR.contains(token.lower()) || MonthAbbreviations.at(doc, k)) {
				continue;
			}
			Token before = doc.get(k - 1);
			boolean brought = before.word() && (NameLexicon.PREPOSITIONS.contains(before.lower())
					|| NameLexicon.FUNCTION_WORDS.contains(before.lower()));
			if (TakeoverTargets.bought(doc, k) || before.word() && !brought) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the sentence opening at {@code t} has a capitalized word past its first
	 * other than a date's.
	 */
	private static boolean namesSomething(DocumentTokens doc, int t) {
		for (int k = t + 1; k < doc.size() && doc.sentence[k] == doc.sentence[t]; k++) {
			Token token = doc.get(k);
			if (token.word() && token.capitalized() && !OrganisationWords.CALENDAR.contains(token.lower())
					&& !MonthAbbreviations.at(doc, k)) {
				return true;
			}
		}
		return false;
	}

	/** "said", "also said", "will pay", "cut": a verb right after the subject. */
	private static boolean verbAfter(DocumentTokens doc, int t) {
		int at = t;
		if (at < doc.size() && !doc.boundaryBefore(at) && doc.get(at).lower().equals("also")) {
			at++;
		}
		if (at >= doc.size() || doc.boundaryBefore(at)) {
			return false;
		}
		String lower = doc.get(at).lower();
		return CompanyAnaphora.verbAfter(doc, at) || lower.equals("will") || lower.equals("would")
				|| at == t && PartOfSpeech.isVerb(doc, Math.max(0, t - 6), at);
	}

}
