package app.quarry.generation.extract;

/**
 * Whether a position lies inside a quotation opened earlier in its sentence: words in
 * someone's quotation ("“I met him yesterday”") speak from their time and their tense,
 * not the document's. Straight marks toggle; curly marks open and close.
 */
public final class InsideQuotation {

	private InsideQuotation() {
	}

	/** Reads {@code text} from {@code from} (the sentence's start) up to {@code at}. */
	public static boolean at(CharSequence text, int from, int at) {
		boolean inside = false;
		for (int k = from; k < at && k < text.length(); k++) {
			char c = text.charAt(k);
			if (c == '"') {
				inside = !inside;
			}
			else if (c == '“') {
				inside = true;
			}
			else if (c == '”') {
				inside = false;
			}
		}
		return inside;
	}

}
