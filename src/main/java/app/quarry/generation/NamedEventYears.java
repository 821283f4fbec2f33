package app.quarry.generation;

import java.util.regex.Pattern;

/**
 * "During the 1991 Carnival, ...", "since the 2004 Games": a year before a capitalised
 * name, after a word that takes a time, dates the event that name calls; no product or
 * title is spent "during" or "since". Nor is one won, lost or hosted: "won the 1987 Tour
 * du Lac" dates a contest. The name is a word to three, then the clause goes on.
 */
final class NamedEventYears {

	/** A word of time, its article, and the year's place right after them. */
	private static final Pattern TIME_WORD_BEFORE = Pattern
		.compile("(?i)\\b(?:during|throughout|since|until|before|after|(?:won|wins?|winning|lost|hosted|hosting)"
				+ "(?:\\s+(?:both|again))?)\\s+the\\s+$");

	/** One to three capitalised words, then punctuation or a lowercase word. */
	private static final Pattern NAME_AFTER = Pattern
		.compile("\\s+\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+){0,2}(?=\\s*[,.;:]|\\s+\\p{Ll})");

	private NamedEventYears() {
	}

	static boolean dated(String sentence, FactSite site) {
		String before = sentence.substring(Math.max(0, site.from() - 20), site.from());
		return TIME_WORD_BEFORE.matcher(before).find()
				&& NAME_AFTER.matcher(sentence).region(site.to(), sentence.length()).lookingAt();
	}

}
