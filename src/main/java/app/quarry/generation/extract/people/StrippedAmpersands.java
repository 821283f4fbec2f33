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

}
