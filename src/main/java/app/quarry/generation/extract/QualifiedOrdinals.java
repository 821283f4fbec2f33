package app.quarry.generation.extract;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ordinal with an adjective between its determiner and itself still ranks the noun
 * after it: "the unlikely second son of", "a record fifth title", "her historic third
 * win", "an unprecedented third term". "First" is left out: after a noun it is most often
 * an adverb ("the government first said").
 */
final class QualifiedOrdinals {

	/**
	 * A determiner, then one lower-case word that reads as an adjective by its ending
	 * ("illegitimate", "historic", "unprecedented", "remarkable") or is one of the words
	 * news uses to qualify a rank.
	 */
	private static final Pattern QUALIFIED_BEFORE = Pattern
		.compile("(?:\\b(?:the|a|an|his|her|its|their|our|my|your|this|that)|[’']s|s[’'])\\s+"
				+ "(?:record|straight|consecutive|successive|\\p{Ll}{3,}(?:al|ous|ive|able|ible|ic|ful|ed|ate))\\s+$");

	/**
	 * "the very first", "their very first": "very" stresses the ordinal after a
	 * determiner and leaves the rank as it is.
	 */
	private static final Pattern INTENSIFIED_BEFORE = Pattern
		.compile("((?:\\b(?:the|a|an|his|her|its|their|our|my|your|this|that)|[’']s|s[’'])\\s+)very\\s+$");

	private QualifiedOrdinals() {
	}

	/**
	 * The words before an ordinal ({@code lowerBefore}, in lower case) without a "very"
	 * between the determiner and the ordinal: "the very first launch" ranks as "the first
	 * launch" does.
	 */
	static String withoutIntensifier(String lowerBefore) {
		if (!lowerBefore.endsWith("very ")) {
			return lowerBefore;
		}
		Matcher m = INTENSIFIED_BEFORE.matcher(lowerBefore);
		return m.find() ? lowerBefore.substring(0, m.start()) + m.group(1) : lowerBefore;
	}

	/**
	 * Whether the ordinal {@code ordinal} follows a determiner and an adjective, as the
	 * words before it ({@code lowerBefore}, in lower case) end.
	 */
	static boolean qualified(String ordinal, String lowerBefore) {
		return !ordinal.toLowerCase(Locale.ROOT).equals("first") && !ordinal.equals("1st")
				&& QUALIFIED_BEFORE.matcher(lowerBefore).find();
	}

}
