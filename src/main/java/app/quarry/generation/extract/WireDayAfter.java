package app.quarry.generation.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.regex.Pattern;

import app.quarry.corpus.DocumentText;

/**
 * The day after the date line in a news agency's story. An agency dates its copy the day
 * it files it, often in the evening for the next morning's papers, or from a place whose
 * clock runs ahead ("ARVIK, Norland (AP) _ ... said Friday" filed on a Thursday): a
 * weekday naming the day after the date line tells of that day, even in the past tense,
 * not of the one six days back. A newspaper dated the day it is printed has no such day:
 * there "said Wednesday" on a Tuesday is last week's.
 */
final class WireDayAfter {

	/**
	 * An agency's place line at the head of a paragraph: "ARVIK, Norland (AP) _",
	 * "NAIROBI, August 21 (Xinhua) --", "LONDON (Reuters) -".
	 */
	private static final Pattern PLACE_LINE = Pattern.compile("(?m)^\\s*\\p{Lu}{2,}[\\p{Lu} .'-]*"
			+ "(?:,\\s*[^()\\n]{1,30}?)?\\s*\\(\\p{Lu}[\\p{L}]{1,15}\\)\\s*(?:--|[-—–_])");

	/** How far into a story its place line may stand: after a title and a date line. */
	private static final int HEAD = 400;

	private WireDayAfter() {
	}

	/** Whether a weekday read against a story's date line names the day after it. */
	static boolean names(DocumentText doc, DayOfWeek day, LocalDate ref) {
		return ref.plusDays(1).getDayOfWeek() == day && filedByAnAgency(doc);
	}

	private static boolean filedByAnAgency(DocumentText doc) {
		String clean = doc.cleanText();
		return PLACE_LINE.matcher(clean).region(0, Math.min(clean.length(), HEAD)).find();
	}

}
