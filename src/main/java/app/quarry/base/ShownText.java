package app.quarry.base;

/**
 * Text a person typed or sent, made safe to quote back in a message: characters that are
 * invisible or reorder what follows (control, format such as bidi overrides and
 * zero-width, unpaired surrogates, line breaks) become a space, and it is cut to a length
 * a message can carry.
 */
public final class ShownText {

	private ShownText() {
	}

	/** At most {@code max} characters of {@code text}, safe to show, "…" when cut. */
	public static String excerpt(String text, int max) {
		StringBuilder out = new StringBuilder();
		text.strip().codePoints().forEach(c -> out.appendCodePoint(hidden(c) ? ' ' : c));
		String clean = out.toString().replaceAll("\\s+", " ").strip();
		if (clean.codePointCount(0, clean.length()) <= max) {
			return clean;
		}
		return clean.substring(0, clean.offsetByCodePoints(0, max)) + "…";
	}

	/** One character as a message can show it: itself, or "U+200B" when it is hidden. */
	public static String character(int c) {
		return hidden(c) || Character.isWhitespace(c) ? String.format("U+%04X", c) : Character.toString(c);
	}

	private static boolean hidden(int c) {
		int type = Character.getType(c);
		return type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
				|| type == Character.UNASSIGNED || type == Character.PRIVATE_USE || type == Character.LINE_SEPARATOR
				|| type == Character.PARAGRAPH_SEPARATOR;
	}

}
