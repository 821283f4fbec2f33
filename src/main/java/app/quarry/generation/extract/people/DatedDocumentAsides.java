package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * "The report, published on Monday, said": an aside set off between a document and its
 * speech verb that only tells when or how the document came out. It names no one, so the
 * document still speaks for whoever the text said issued it.
 */
final class DatedDocumentAsides {

	/** The most words such an aside holds. */
	private static final int MAX_WORDS = 6;

	/** Participles that tell a document came out: "published", "released". */
	private static final Set<String> OPENERS = NameLexicon.words("published", "released", "issued", "unveiled",
			"launched", "produced", "compiled", "written", "leaked", "due", "out", "seen", "obtained");

	/** Capitalised words an aside of time may hold. */
	private static final Set<String> TIME_NAMES = NameLexicon.words("monday", "tuesday", "wednesday", "thursday",
			"friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
			"september", "october", "november", "december");

	private DatedDocumentAsides() {
	}

	/**
	 * The token before the aside that the comma at {@code closing} ends ("report" in "The
	 * report, published on Monday,"), or -1 when no such aside ends there.
	 */
	static int before(DocumentTokens doc, int closing) {
		if (closing < 4 || !doc.get(closing).is(",")) {
			return -1;
		}
		for (int t = closing - 1; t > 1 && t >= closing - MAX_WORDS - 1; t--) {
			if (doc.boundaryBefore(t + 1)) {
				return -1;
			}
			Token token = doc.get(t);
			if (token.is(",")) {
				return t + 1 < closing && OPENERS.contains(doc.get(t + 1).lower()) && !doc.boundaryBefore(t) ? t - 1
						: -1;
			}
			boolean plain = token.word() && (!token.capitalized() || TIME_NAMES.contains(token.lower()));
			if (!plain && !token.text().chars().allMatch(Character::isDigit)) {
				return -1;
			}
		}
		return -1;
	}

}
