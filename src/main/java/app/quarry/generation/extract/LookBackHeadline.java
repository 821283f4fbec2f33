package app.quarry.generation.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.quarry.corpus.Sentence;

/**
 * A story with no date line whose headline names the one year it looks back on: "Online
 * fraud soars in 2004" over an opening "The past 12 months have brought ..." and a body
 * that tells of that year in the past ("grew sharply during 2004", "2004 saw"). Its "this
 * year" is that year, and so are the months it tells of in the past. A headline year
 * alone is no look back (a plan "to close 12 plants in 2006" names a year ahead), nor is
 * a story that names any other year.
 */
final class LookBackHeadline {

	private static final String YEAR = "(?<y>(?:1[6-9]|20)\\d\\d)";

	/** A year written on its own: not part of a sum, a range, a decade or a number. */
	private static final Pattern BARE_YEAR = Pattern.compile("(?<![\\d.,£$€/-])" + YEAR + "(?![\\d/-]|s\\b)");

	/** An opening that looks back over the year just gone: "the past 12 months". */
	private static final Pattern LOOKING_BACK = Pattern
		.compile("(?i)\\b(?:the|these)\\s+(?:last|past)\\s+(?:12|twelve)\\s+months\\b");

	/**
	 * A clause that tells of the year in the past: "2004 saw", "2004 was", "grew during
	 * 2004", "soared in 2004".
	 */
	private static final String PAST_VERB = "(?:was|were|saw|brought|proved|had|did|grew|rose|fell|\\p{Ll}{2,}ed)";

	private static final Pattern PAST_OF_THE_YEAR = Pattern
		.compile("(?:^|[^\\p{L}\\d])(?<y1>(?:1[6-9]|20)\\d\\d)\\s+" + PAST_VERB + "\\b|\\b" + PAST_VERB
				+ "(?:\\s+\\p{Ll}+ly)?\\s+(?:during|throughout|in)\\s+(?<y2>(?:1[6-9]|20)\\d\\d)\\b");

	/** How many sentences after the headline may hold the look-back phrase. */
	private static final int OPENING_SENTENCES = 4;

	private LookBackHeadline() {
	}

	/**
	 * The year the headline names and the story looks back on, or null.
	 * @param clean the story's clean text
	 * @param sentences its sentences, the headline first
	 */
	static Integer of(String clean, List<Sentence> sentences) {
		if (sentences.size() < 3) {
			return null;
		}
		Integer year = onlyYear(text(clean, sentences.get(0)));
		if (year == null) {
			return null;
		}
		// a clause tells of the headline's year only where its digits are written
		String written = year.toString();
		int past = 0;
		boolean lookingBack = false;
		for (int i = 1; i < sentences.size(); i++) {
			String text = text(clean, sentences.get(i));
			Matcher m = BARE_YEAR.matcher(text);
			while (m.find()) {
				if (Integer.parseInt(m.group("y")) != year) {
					// a story that names two years may look back on either, or on neither
					return null;
				}
			}
			lookingBack |= i <= OPENING_SENTENCES && LOOKING_BACK.matcher(text).find();
			Matcher p = PAST_OF_THE_YEAR.matcher(text);
			boolean named = text.contains(written);
			while (named && p.find()) {
				String told = p.group("y1") != null ? p.group("y1") : p.group("y2");
				if (Integer.parseInt(told) == year) {
					past++;
					break;
				}
			}
		}
		// the headline's year must be told in the past twice, or once after an opening
		// that looks back over the year
		return past >= 2 || lookingBack && past >= 1 ? year : null;
	}

	/** The one year a headline names, or null when it names none or several. */
	private static Integer onlyYear(String headline) {
		Matcher m = BARE_YEAR.matcher(headline);
		Integer found = null;
		while (m.find()) {
			int year = Integer.parseInt(m.group("y"));
			if (found != null && found != year) {
				return null;
			}
			found = year;
		}
		return found;
	}

	private static String text(String clean, Sentence sentence) {
		return clean.substring(sentence.start(), sentence.end());
	}

}
