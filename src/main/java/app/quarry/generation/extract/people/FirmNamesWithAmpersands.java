package app.quarry.generation.extract.people;

/**
 * "Brant & Cole", "Marks & Spencer": capitalised words joined by "&" name one firm, so
 * neither side is a person's name of its own. A lawyer "for Brant & Cole" speaks for the
 * firm, never for a Mr Cole.
 */
final class FirmNamesWithAmpersands {

	private FirmNamesWithAmpersands() {
	}

	/**
	 * Whether the run of capitalised tokens from {@code start} to {@code end} is joined
	 * by "&" to another.
	 */
	static boolean partOfFirm(DocumentTokens doc, int start, int end) {
		boolean after = start >= 2 && ampersandAt(doc, start - 1) && doc.get(start - 2).capitalized();
		boolean before = end + 1 < doc.size() && ampersandAt(doc, end) && doc.get(end + 1).capitalized();
		return after || before;
	}

	private static boolean ampersandAt(DocumentTokens doc, int t) {
		return doc.get(t).is("&") && !doc.boundaryBefore(t) && !doc.boundaryBefore(t + 1);
	}

}
