package app.quarry.generation.extract.people;

/**
 * Capitalized runs that cannot hold a person's name whatever their words: the end of an
 * organisation's name, a firm or a company's unit, a sentence adverb, a bare title. Kept
 * apart so the name finder reads only runs worth cutting into a name.
 */
final class RunsThatNameNoPerson {

	private RunsThatNameNoPerson() {
	}

	/** Whether the run from {@code runStart} to {@code runEnd} names no person. */
	static boolean at(DocumentTokens doc, int runStart, int runEnd) {
		if (followedByPossessiveOfName(doc, runEnd)) {
			return true; // "People's Republic", "Stimson Center's 38 North"
		}
		if (LinkedNameConjuncts.secondConjunct(doc, runStart)) {
			return true; // "Coalition for Migrant and Worker Rights": the end of a body's
							// name
		}
		if (FirmNamesWithAmpersands.partOfFirm(doc, runStart, runEnd)) {
			return true; // "a lawyer for Brant & Cole": a firm's name, no person's
		}
		if (OwnedUnitNames.at(doc, runStart, runEnd)) {
			return true; // "its Dorset Global shipping business": a company's unit
		}
		if (NameRunBreaks.falseStartAt(doc, runEnd - 1)) {
			return true; // "Secretary Do- Donna Roe": a speaker broke off the word
		}
		if (runEnd < doc.size() && doc.get(runEnd).word() && !doc.get(runEnd).capitalized()
				&& NameLexicon.NOT_NAMES.contains(doc.get(runEnd).lower())) {
			return true; // "the Canadian Auto Workers union"
		}
		if (OpeningAdverbs.at(doc, runStart, runEnd)) {
			return true; // "Reportedly, ...": a sentence adverb, not a name
		}
		if (AwardTitles.at(doc, runStart, runEnd)) {
			return true; // "named Acme Man of the Match": an award, no person
		}
		if (CapitalisedTitles.opensTitle(doc, runStart)) {
			return true; // "Chief Executive of Acme": a title with no name in it
		}
		return false;
	}

	private static boolean followedByPossessiveOfName(DocumentTokens doc, int runEnd) {
		return runEnd + 1 < doc.size() && NameFinder.isPossessiveMark(doc.get(runEnd))
				&& doc.get(runEnd + 1).capitalized() && NameLexicon.NOT_NAMES.contains(doc.get(runEnd + 1).lower())
				|| runEnd + 1 < doc.size() && NameFinder.isPossessiveMark(doc.get(runEnd)) && doc.get(runEnd + 1).word()
						&& Character.isDigit(doc.get(runEnd + 1).text().charAt(0));
	}

}
