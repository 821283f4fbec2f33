package app.quarry.generation.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.quarry.corpus.DocumentText;
import app.quarry.corpus.Sentence;

/**
 * The year a story with no date line looks back on, when its opening says so: a headline
 * "2004: A Year in Tennis", "2004 won't be remembered as a great year", "the matches that
 * made 2004 one more year to treasure". Such a review is written in that year: its "this
 * year" is that year, and a month it tells of in the past without a year is that year's.
 */
final class ReviewedYear {

	/** How many sentences, the headline included, the opening that names the year has. */
	private static final int OPENING_SENTENCES = 5;

	private static final String YEAR = "(?<y>(?:1[6-9]|20)\\d\\d)";

	/**
	 * A year that a sentence (or headline) opens with and says is a year of some kind:
	 * "2004: An Athletics Year", "2004 was a year of change", "2004 won't be remembered
	 * as one of its great years".
	 */
	private static final Pattern YEAR_AS_SUBJECT = Pattern.compile("^\\s*" + YEAR
			+ "(?::|\\s+(?:was|is|has\\s+been|will\\s+be|won['’]t\\s+be|will\\s+not\\s+be|would\\s+be)\\b)[^.;!?\\n]*\\b(?i:years?)\\b");

	/** "the matches that made 2004 one more year to treasure". */
	private static final Pattern YEAR_MADE_ONE = Pattern
		.compile("\\bmade\\s+" + YEAR + "\\s+(?:a|an|another|one)\\b[^.;!?\\n]{0,50}\\byears?\\b");

	/**
	 * A year written on its own: not part of a sum, a range, a decade or a longer number.
	 */
	private static final Pattern BARE_YEAR = Pattern.compile("(?<![\\d.,£$€/-])" + YEAR + "(?![\\d/-]|s\\b)");

	private ReviewedYear() {
	}

	/** The year the opening of a story says it looks back on, or null. */
	static Integer of(DocumentText doc) {
		List<Sentence> sentences = doc.sentences();
		String clean = doc.cleanText();
		int opening = Math.min(OPENING_SENTENCES, sentences.size());
		for (int i = 0; i < opening; i++) {
			Integer year = calledAYear(text(clean, sentences.get(i)));
			if (year != null) {
				return year;
			}
		}
		Integer later = laterLookBack(clean, sentences, opening);
		return later != null ? later : LookBackHeadline.of(clean, sentences);
	}

	/**
	 * The one year the body of a story calls "a stellar year" when its opening already
	 * named that year ("drew bigger crowds than before in 2004"), or null. Two years
	 * called so stand equal: neither is the one the story looks back on.
	 */
	private static Integer laterLookBack(String clean, List<Sentence> sentences, int opening) {
		Integer found = null;
		for (int i = opening; i < sentences.size(); i++) {
			Integer year = calledAYear(text(clean, sentences.get(i)));
			if (year != null) {
				if (found != null && !found.equals(year)) {
					return null;
				}
				found = year;
			}
		}
		if (found == null) {
			return null;
		}
		// the opening must name that year, and no later one: a story that opens on 2005
		// and quotes someone calling 2003 "a hard year" does not look back on 2003
		boolean named = false;
		for (int i = 0; i < opening; i++) {
			Matcher m = BARE_YEAR.matcher(text(clean, sentences.get(i)));
			while (m.find()) {
				int year = Integer.parseInt(m.group("y"));
				if (year > found) {
					return null;
				}
				named |= year == found;
			}
		}
		return named ? found : null;
	}

	private static Integer calledAYear(String text) {
		// the first can match only where the sentence opens, the second only where it
		// says "made": neither is tried at every character
		Matcher m = YEAR_AS_SUBJECT.matcher(text);
		if (m.lookingAt()) {
			return Integer.valueOf(m.group("y"));
		}
		if (text.contains("made")) {
			m = YEAR_MADE_ONE.matcher(text);
			if (m.find()) {
				return Integer.valueOf(m.group("y"));
			}
		}
		return null;
	}

	private static String text(String clean, Sentence sentence) {
		return clean.substring(sentence.start(), sentence.end());
	}

}
