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
			+ "|shrunk|went\\s+(?:up|down)|doubled|tripled|halved)\\s+from\\s+(?:(?:about|around|nearly|almost"
			+ "|some|roughly|just|only)\\s+)?$");

	/** "to 10", "to just 10": the level reached, after the first number. */
	private static final Pattern TO_GAP = Pattern.compile(
			"\\s+to\\s+(?:(?:about|around|nearly|almost|some|roughly" + "|just|only|more\\s+than|over|under)\\s+)?");

	/**
	 * "in the eastern ", "of its ": a preposition and up to three words before the noun,
	 * which then only says where or of what the subject is ("unemployment in the eastern
	 * provinces"): the subject is a word before it.
	 */
	private static final Pattern PREPOSITION_BEFORE = Pattern
		.compile("(?<![\\p{L}’'-])(?:in|of|at|on|for|across|among|from|to|with|by|between|within|under|over)\\s+"
				+ "(?:[\\p{L}’'.-]+\\s+){0,3}$", Pattern.CASE_INSENSITIVE);

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
			if (subject.find() && !MEASURED.contains(subject.group("noun"))
					&& !Nouns.FUNCTION_WORDS.contains(subject.group("noun"))
					&& !PREPOSITION_BEFORE.matcher(before.substring(0, subject.start("noun"))).find()) {
				c.unit = Nouns.singular(subject.group("noun")); // the next level shares
																// it
			}
		}
	}

}
