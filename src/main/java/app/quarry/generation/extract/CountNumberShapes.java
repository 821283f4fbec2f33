package app.quarry.generation.extract;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How a number that may be a count is written: digits, words, scales, ordinals, a ranking
 * superlative ("second-largest"), a hyphened unit ("30-year"), and the words it may begin
 * with. Apart from {@link CountFinder} because the shape of a number is read before
 * anything about what it counts.
 */
final class CountNumberShapes {

	private static final String SCALES = "hundred|thousand|million|billion|trillion|quadrillion|quintillion";

	/**
	 * A superlative joined to an ordinal ranks the noun after it: "the second-largest
	 * bank", "the third-biggest loss". The words after the superlative give the noun.
	 */
	private static final String RANKING_SUPERLATIVE = "(?i:largest|biggest|highest|lowest|worst|best|greatest|smallest"
			+ "|longest|fastest|deadliest|busiest|oldest|youngest|richest|wealthiest|strongest|heaviest|tallest"
			+ "|costliest|poorest|most|least)";

	/**
	 * "their first-ever title": "ever" joined to an ordinal stresses it, as "the first
	 * ever title" does, and the noun after it is still the one ranked.
	 */
	private static final String EVER = "(?i:ever)";

	/**
	 * "15 000 marchers": thousands grouped by a blank instead of a comma, as much of
	 * Europe writes them. Read as one number whose noun follows in lower case, so "000"
	 * is never read alone as nought; a month or another number before it ("May 5 200",
	 * "2004 300") makes the blank part of a date or a list instead.
	 */
	private static final String SPACED_THOUSANDS = "(?<!\\d\\s|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\p{L}{0,6}\\s)"
			+ "\\d{1,3}(?:[ \\u00A0\\u202F]\\d{3})+(?![\\d,.])(?=\\s+\\p{Ll})";

	/**
	 * A number as the text writes it. A hyphened noun after it ends at a blank or a
	 * bracket; a plural one ("ran to 56-pages.") may end its clause as well, since it is
	 * the noun counted rather than a modifier of the next.
	 */
	static final Pattern NUMBER = Pattern
		.compile("(?<![\\w.$€£#,/-])(?:(?<ord>(?i:" + NumberWords.ORDINAL_REGEX + ")|\\d{1,4}(?:st|nd|rd|th))(?:-(?:"
				+ RANKING_SUPERLATIVE + "|" + EVER + ")(?=\\s))?|(?<card>\\d{1,3}(?:,\\d{3})+|" + SPACED_THOUSANDS
				+ "|\\d{1,3}(?:,\\d{3})*\\.\\d+(?=\\s+(?i:" + SCALES + ")\\b)|\\d{1,6}|(?i:" + SpokenCompounds.REGEX
				+ "|" + CountFinder.SPOKEN_TENS + "|" + NumberWords.CARDINAL_REGEX
				+ "|a(?=\\s+(?:million|billion|trillion|quadrillion|quintillion)\\b)))(?:\\s+(?<scale>(?i:" + SCALES
				+ "|dozen)))?(?:\\s?\\+(?=\\s)|\\s+plus(?=\\s+\\p{Ll}))?"
				+ "(?:-to-(?<max>\\d{1,4}))?(?:-(?<hyphenUnit>(?i:" + CountFinder.TIME_UNIT
				+ "))s?(?<old>-old)?|-(?<hyphenNoun>[a-z]{3,})(?=[\\s)]|(?<=s)[.,;:](?!\\w)))?)"
				+ "(?![\\w%$]|[.,:/]\\d|-\\w|\\s\\d+/\\d)");

	/** Number words that may begin a count or ordinal (besides digits). */
	static final Set<String> TRIGGERS = triggers();

	private CountNumberShapes() {
	}

	private static Set<String> triggers() {
		// "half a million", "a quarter million"
		Set<String> words = new HashSet<>(Set.of("half", "Half", "quarter", "Quarter"));
		for (String w : (NumberWords.CARDINAL_REGEX + "|" + NumberWords.ORDINAL_REGEX).split("[|()?:-]+")) {
			for (String part : w.split(" ")) {
				if (!part.isEmpty()) {
					words.add(part);
					words.add(Character.toUpperCase(part.charAt(0)) + part.substring(1));
				}
			}
		}
		return Set.copyOf(words);
	}

}
