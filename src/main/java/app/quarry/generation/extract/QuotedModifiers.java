package app.quarry.generation.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "4.1 million "home and garden" drones", "the first "point" release": a describing
 * phrase in quotation marks between a number and its noun, as papers quote a term of the
 * trade, or the one word of a ballot ("52,775 "No" votes"). The noun after it is what the
 * number counts; a quoted title ("two "Star Wars" films") is left to the rules for names.
 */
final class QuotedModifiers {

	/**
	 * A short quoted phrase in lower case, or one quoted word (the "Yes" of a ballot),
	 * then a word in lower case.
	 */
	private static final Pattern QUOTED = Pattern
		.compile("\\s+(?:\"\\p{Ll}[\\p{Ll}\\s-]{0,40}\"|“\\p{Ll}[\\p{Ll}\\s-]{0,40}”"
				+ "|\"\\p{L}\\p{Ll}*\"|“\\p{L}\\p{Ll}*”)(?=\\s+\\p{Ll})");

	private QuotedModifiers() {
	}

	/** Where the words after a number begin: past a quoted modifier, if one follows. */
	static int skip(String clean, int end) {
		Matcher m = QUOTED.matcher(clean).region(end, clean.length());
		return m.lookingAt() ? m.end() : end;
	}

}
