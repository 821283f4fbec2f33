package app.quarry.generation.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A title told with how often it was won counts times: "the three-time world champion",
 * "a two-time Oscar nominee", "five-time Grand Slam winner", "the two-time runner-up" (3,
 * 2, 5, 2 times). The count stands before "time" and the title's head noun ends the
 * phrase, with at most a few words of the title between. "One-time" says "former", not
 * how often, so it counts nothing; "time" before any other noun ("two time zones") is
 * left to the rest of the counts.
 */
final class TitleTimes {

	/** A number of two or more, in digits or words. */
	private static final String NUMBER = "(?<n>[2-9]|[1-9]\\d|(?i:two|three|four|five|six|seven|eight|nine|ten|eleven"
			+ "|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty))";

	/** The head noun of a title won again and again. */
	private static final String TITLE = "(?:champions?|champs?|winners?|runners?[- ]up|medall?ists?|finalists?|olympians?"
			+ "|nominees?|title[- ]holders?|all[- ]stars?|mvps?|pro[- ]bowlers?|[\\p{L}]+[- ]winning)";

	/**
	 * Words that join clauses or phrases: "two time zones and the champion" tells no
	 * title, so none may stand between "time" and the title's head.
	 */
	private static final String LINKS = "(?i:and|or|but|the|a|an|of|to|in|on|at|for|with|by|from|as|than|is|was|are"
			+ "|were|be|been|has|have|had|who|which|that|this|its|their|his|her)";

	/**
	 * "three-time world indoor champion", "four time European 800m champion": the number,
	 * "time" joined by a hyphen or a space, up to four words of the title (no clause
	 * punctuation between) and its head noun.
	 */
	private static final Pattern TITLE_TIMES = Pattern.compile("(?<![\\w.,-])" + NUMBER + "[- ]time\\s+" + "(?:(?!"
			+ LINKS + "\\s)[\\p{L}\\d][\\p{L}\\d'’.&-]*\\s+){0,4}?" + TITLE + "(?![\\p{L}-])");

	/**
	 * Tried only where a number may begin a word: with {@link Matcher#find()} the
	 * expression was tried at every character of every text that has a "time".
	 */
	private static final SparseMatches TITLE_TIMES_AT = SparseMatches.beginningWith(TITLE_TIMES, "123456789tTfFsSeEnN")
		.atWordStarts();

	private TitleTimes() {
	}

	/** Adds the times a title was won, in place of any reading of the same number. */
	static void read(String clean, List<CountCandidate> found) {
		if (!clean.contains("time ") && !clean.contains("Time ")) {
			return;
		}
		Matcher t = TITLE_TIMES_AT.matcher(clean);
		for (int from = 0; TITLE_TIMES_AT.find(t, clean, from); from = t.end()) {
			Long value = NumberWords.cardinal(t.group("n").toLowerCase(Locale.ROOT));
			if (value == null) {
				continue;
			}
			int start = t.start("n");
			found.removeIf(c -> c.start == start);
			CountCandidate c = new CountCandidate(start, t.end("n"), value, false);
			c.unit = "time";
			found.add(c);
		}
	}

}
