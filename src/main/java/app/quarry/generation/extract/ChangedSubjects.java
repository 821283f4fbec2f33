package app.quarry.generation.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.quarry.corpus.DocumentText;

/**
 * A change "from A to B" of bare numbers counts the plural subject that changed: "the
 * party's seats in the assembly increased from 9 to 10", "Branches rose from 12 to 15",
 * "its members have fallen from 60 to 35". The subject names the noun once, before the
 * verb; both levels count it. Subjects that are measured rather than counted (rates,
 * prices, temperatures) are left alone.
 */
final class ChangedSubjects {

	private ChangedSubjects() {
	}

	/**
	 * "seats in the northern constituencies increased from ": a plural noun, what it is
	 * of or where, a verb of change and "from".
	 */
	private static final Pattern SUBJECT_CHANGED_FROM = Pattern.compile("(?<![\\p{L}’'-])(?<noun>\\p{Ll}{3,}s)"
			+ "(?:\\s+(?:in|of|at|on|for|across)\\s+(?:[\\p{L}’'.-]+\\s+){1,4}?)?\\s*(?:(?:has|have|had)\\s+)?"
			+ "(?:rose|risen|fell|fallen|grew|grown|increased|decreased|dropped|declined|jumped|climbed|shrank"
			+ "|shrunk|went\\s+(?:up|down)|doubled|tripled|halved)\\s+(?:by\\s+[\\d,.]+\\s+)?from\\s+(?:(?:about|around|nearly|almost"
			+ "|some|roughly|just|only)\\s+)?$");

	/**
	 * "deaths in the region grew by ": a plural noun, a verb of change and "by"; the
	 * amount of change counts the same noun.
	 */
	private static final Pattern SUBJECT_CHANGED_BY = Pattern.compile("(?<![\\p{L}’'-])(?<noun>\\p{Ll}{3,}s)"
			+ "(?:\\s+(?:in|of|at|on|for|across)\\s+(?:[\\p{L}’'.-]+\\s+){1,4}?)?\\s*(?:(?:has|have|had)\\s+)?"
			+ "(?:rose|risen|fell|fallen|grew|grown|increased|decreased|dropped|declined|jumped|climbed|shrank"
			+ "|shrunk|went\\s+(?:up|down))\\s+by\\s+(?:(?:about|around|nearly|almost|some|roughly|just|only"
			+ "|more\\s+than|over|another)\\s+)?$");

	/**
	 * "to 10", "to just 10", "in 1990 to 10": the level reached, after the first number.
	 */
	private static final Pattern TO_GAP = Pattern
		.compile("(?:\\s+in\\s+(?:1[89]|20)\\d\\d)?\\s+to\\s+(?:(?:about|around|nearly|almost|some|roughly"
				+ "|just|only|more\\s+than|over|under)\\s+)?");

	/**
	 * "in the eastern ", "of its ": a preposition and up to three words before the noun,
	 * which then only says where or of what the subject is ("unemployment in the eastern
	 * provinces"): the subject is a word before it.
	 */
	private static final Pattern PREPOSITION_BEFORE = Pattern.compile(
			"(?<![\\p{L}’'-])(?:in|(?<!(?:number|total|count)\\s)of|at|on|for|across|among|from|to|with|by|between|within|under|over)\\s+"
					+ "(?:[\\p{L}’'.-]+\\s+){0,3}$",
			Pattern.CASE_INSENSITIVE);

	/** The end of a bare amount: a stop, or a word that is no noun of its own. */
	private static final Pattern BARE_AFTER = Pattern.compile(
			"\\s*(?:[.,;:)]|$|\\s+(?:from|to|in|on|at|last|this|over|since|between|after|a|per|and|but|while)\\b)");

	/** Subjects whose numbers measure them: no count of rates or prices. */
	private static final Set<String> MEASURED = Set.of("rates", "prices", "temperatures", "levels", "costs", "fees",
			"values", "shares", "stocks", "yields", "wages", "salaries", "sales", "profits", "earnings", "revenues",
			"scores", "ratings", "odds", "numbers", "figures", "totals", "points", "tens", "hundreds", "thousands",
			"millions", "ages", "times", "hours", "days", "weeks", "months", "years", "rankings", "ranks", "positions",
			"places", "grades", "marks", "margins", "balances", "volumes", "payments", "premiums", "bids");

	/**
	 * Gives the bare first level of a changed plural subject that subject as its unit.
	 */
	static void changes(DocumentText document, String clean, List<CountCandidate> found) {
		for (CountCandidate c : found) {
			if (c.unit == null && !c.ordinal && !c.ofThem && !c.scaled) {
				String before = clean.substring(Math.max(0, c.start - 90), c.start);
				Matcher subject = SUBJECT_CHANGED_BY.matcher(before);
				if (subject.find() && counted(subject.group("noun"), before.substring(0, subject.start("noun")))
						&& bare(clean, c.end)) {
					c.unit = Nouns.singular(subject.group("noun"));
				}
			}
		}
		for (int i = 0; i + 1 < found.size(); i++) {
			CountCandidate c = found.get(i);
			CountCandidate next = found.get(i + 1);
			if (c.unit != null || next.unit != null || c.ordinal || next.ordinal || c.ofThem || c.scaled || next.scaled
					|| !CountWords.sameSentence(document, c.start, next.start) || c.end > next.start
					|| !TO_GAP.matcher(clean).region(c.end, next.start).matches()) {
				continue;
			}
			String before = clean.substring(Math.max(0, c.start - 90), c.start);
			Matcher subject = SUBJECT_CHANGED_FROM.matcher(before);
			if (subject.find() && counted(subject.group("noun"), before.substring(0, subject.start("noun")))) {
				c.unit = Nouns.singular(subject.group("noun"));
				// the level reached counts the same subject, told with or without its
				// year
				next.unit = c.unit;
			}
		}
	}

	/**
	 * Whether a plural subject is counted, not measured, and not only what another is of.
	 */
	static boolean counted(String noun, String before) {
		return !MEASURED.contains(noun) && !Nouns.FUNCTION_WORDS.contains(noun)
				&& !PREPOSITION_BEFORE.matcher(before).find();
	}

	/** Whether an amount has no noun of its own after it: "by 200.", "by 200 from". */
	private static boolean bare(String clean, int end) {
		return BARE_AFTER.matcher(clean).region(end, clean.length()).lookingAt();
	}

}
