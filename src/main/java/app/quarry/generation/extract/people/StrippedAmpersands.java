package app.quarry.generation.extract.people;

/**
 * "Hale Wills amp Co.": text taken from markup that lost the "&" of "&amp;" keeps the
 * word "amp" between two capitalized words of a firm's name, where it reads as the "&" it
 * stood for.
 */
final class StrippedAmpersands {

	private StrippedAmpersands() {
	}

	/**
	 * Whether the token at {@code t} is such a leftover "amp" inside a name begun at
	 * {@code first}.
	 */
	static boolean inName(DocumentTokens doc, int first, int t) {
		return t > first && t + 1 < doc.size() && doc.get(t).text().equals("amp") && !doc.boundaryBefore(t)
				&& !doc.boundaryBefore(t + 1) && doc.get(t - 1).capitalized() && doc.get(t + 1).word()
				&& doc.get(t + 1).capitalized();
	}

	/**
	 * Whether such an "amp" stands inside the run of tokens from {@code first} to
	 * {@code end}.
	 */
	static boolean within(DocumentTokens doc, int first, int end) {
		boolean found = false;
		for (int t = first + 1; t < end - 1; t++) {
			if (inName(doc, first, t)) {
				found = true;
			}
			else if (doc.get(t).word() && !doc.get(t).capitalized()) {
				return false; // "Ann Lee of Hale amp Co.": a person and her firm
			}
		}
		return found;
	}

	/**
	 * The end of the name whose run of capitals from {@code first} stops at {@code end}
	 * with its abbreviation's period: past the run's length limit when an "amp" inside it
	 * makes it one firm's long name ("Harbor Point Federal Savings amp Loan
	 * Association").
	 */
	static int wholeName(DocumentTokens doc, int first, int end) {
		if (within(doc, first, end)) {
			while (end < doc.size() && !doc.boundaryBefore(end) && doc.get(end).word() && doc.get(end).capitalized()
					&& !NameFinder.isPossessiveMark(doc.get(end))) {
				end++;
			}
		}
		return OrganisationWords.withAbbreviationPeriod(doc, end);
	}

}
