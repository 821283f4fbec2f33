package app.quarry.generation.extract;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Capitalized words beside a number that name something rather than count it: plurals of
 * names ("Democrats", "737s", "GIs"), a name before a lower-case noun ("US car maker"),
 * and the small words inside a name ("House of Commons").
 */
final class ProperNounWords {

	private static final Pattern PROPER_PLURAL = Pattern.compile("[A-Z0-9][A-Za-z0-9]*[a-z0-9]s");

	/** "GIs", "CEOs", "SUVs": the plural of an acronym. */
	private static final Pattern ACRONYM_PLURAL = Pattern.compile("[A-Z]{2,5}s");

	private ProperNounWords() {
	}

	/**
	 * "of" or "the" inside a name ("House of Commons", "Bank of the North"): between
	 * capitalised words, or between "of" and one.
	 */
	static boolean joinsName(String word, String previous, String next) {
		boolean capitalNext = Character.isUpperCase(next.charAt(0));
		return word.equals("of") && Character.isUpperCase(previous.charAt(0)) && (capitalNext || next.equals("the"))
				|| word.equals("the") && previous.equals("of") && capitalNext;
	}

	/** "Macs", "Democrats", "A320s", "737s", "GIs", not "Jobs'" nor "U.S.". */
	static boolean isProperPlural(String word) {
		return (PROPER_PLURAL.matcher(word).matches() && word.length() > 3 || ACRONYM_PLURAL.matcher(word).matches())
				&& !word.endsWith("ss") && !word.endsWith("us")
				&& !Nouns.FUNCTION_WORDS.contains(word.toLowerCase(Locale.ROOT));
	}

	/** "US car maker", "Macintosh personal computer": a name before a lower-case noun. */
	static boolean isProperModifier(String word, String next) {
		return Character.isUpperCase(word.charAt(0)) && Character.isLowerCase(next.charAt(0))
				&& !Nouns.FUNCTION_WORDS.contains(CountWords.clip(next)) && !next.endsWith("ed");
	}

}
