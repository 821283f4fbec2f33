package app.quarry.generation.extract.people;

/**
 * "… included Jo Marsh, the son of Ed Marsh. … Jo Marsh, the group's leader, said: “…”":
 * two capitalised words that open a sentence are the full name the document has already
 * written inside a sentence, where no capital at a sentence's start could explain them.
 * The part-of-speech model may read an unfamiliar given name at a sentence's start as an
 * ordinary word; dropping it would leave the bare surname, which a relative sharing it
 * could take.
 */
final class NamesWrittenInsideSentences {

	private NamesWrittenInsideSentences() {
	}

	/**
	 * Whether the two words from {@code first} to {@code runEnd} stand, in the same
	 * spelling and on their own, inside some other sentence of the document.
	 */
	static boolean writtenInside(DocumentTokens doc, int first, int runEnd) {
		if (runEnd - first != 2) {
			return false;
		}
		String given = doc.get(first).text();
		String surname = doc.get(first + 1).text();
		for (int t = 1; t + 1 < doc.size(); t++) {
			if (t == first || doc.boundaryBefore(t) || doc.afterLineBreak[t] || !doc.get(t).text().equals(given)
					|| !doc.get(t + 1).text().equals(surname)) {
				continue;
			}
			Token before = doc.get(t - 1);
			boolean runStartsHere = !before.word() || !before.capitalized();
			boolean runEndsHere = t + 2 >= doc.size() || !doc.get(t + 2).word() || !doc.get(t + 2).capitalized()
					|| doc.boundaryBefore(t + 2);
			if (runStartsHere && runEndsHere) {
				return true;
			}
		}
		return false;
	}

}
