package app.quarry.generation.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.quarry.corpus.DocumentText;

/**
 * Counts written without a number before a noun: both sides of a vote tally ("The vote
 * was 52-35"), "twice" or "thrice" for a number of times, and the new shares of a stock
 * split ("a 3-for-1 stock split").
 */
final class TallyCounts {

	private TallyCounts() {
	}

	/** "The vote was 52-35": a tally of votes for and against. */
	static final Pattern TALLY = Pattern.compile("(?<![\\w.,-])(\\d{1,3})[-–](\\d{1,3})(?![\\w%]|[-–.,]\\d)");

	/**
	 * A vote, or a court's ruling told by how its judges split ("ruled 5-4", "a 6-3
	 * decision"): the words that make a tally count people on each side.
	 */
	static final Pattern VOTE = Pattern.compile("(?i)\\bvot(?:e|es|ed|ing)\\b|\\b(?:ruled|ruling|decision)\\b");

	/**
	 * "has twice before sued": a count of times; not "twice as many", "twice the size".
	 */
	static final Pattern TWICE = Pattern.compile(
			"\\b([Tt]wice|[Tt]hrice)\\b(?!(?i)\\s+(?:as|the|that|a|an|its|their|his|her|our|more|less|over|per|daily|weekly|monthly|yearly|[a-z]+er)\\b)");

	/**
	 * "had only beaten them once", "once in the past decade": a "once" that counts one
	 * time, singled out by "only", "just" or "exactly" earlier in its clause or by the
	 * span it is counted in. "Once again", "once a year", "was once ranked" (formerly),
	 * "at once" and a "Once" that opens a clause count nothing.
	 */
	static final Pattern ONCE = Pattern
		.compile("(?<![\\w-])once\\b(?!-|\\s+(?:again|more|upon|and|or|a|an|every" + "|each|per|before|removed)\\b)");

	/** "only ... ", "just ": what singles a "once" out, in its clause before it. */
	private static final Pattern SINGLED_OUT_BEFORE = Pattern
		.compile("(?i)\\b(?:only|just|exactly)\\b(?:\\s+[^\\s,;:.!?\"“”]+){0,8}\\s+$");

	/** " in the last", " in the past": the span a "once" is counted in. */
	private static final Pattern SPAN_AFTER = Pattern
		.compile("\\s+in\\s+(?:the\\s+)?(?:last|past|previous|first|its|their|his|her|\\d+|[a-z]+ty)\\b");

	/**
	 * "outnumbered decliners 1,141 to 406": a score of two sides, both counting the
	 * things named before it.
	 */
	static final Pattern OUTNUMBERED = Pattern.compile("(?i:\\b(?:outnumber|outstrip|outpace|outpaced|outweigh)"
			+ "[a-z]*|\\bled|\\bleads?|\\btrail(?:ed|s)?)\\s+(?:the\\s+)?(?:[a-z]+\\s+)?([a-z]+s)\\s+(\\d[\\d,]*)"
			+ "(?:\\s+to\\s+|[-–])(\\d[\\d,]*)(?=\\s*(?:[.,;)]|$))");

	private static final String SMALL = "\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten";

	/**
	 * "a 3-for-1 stock split", "a two-for-one split": how many shares each share becomes.
	 */
	static final Pattern SPLIT = Pattern.compile("(?<![\\w.,-])(?i:(" + SMALL + "))-for-(?i:" + SMALL
			+ ")(?=\\s+(?:reverse\\s+)?(?:stock\\s+|share\\s+)?split)");

	/** Tried only at the words of its verbs: every document is searched for it. */
	private static final SparseMatches SCORES = SparseMatches.beginningWith(OUTNUMBERED, "oOlLtT").atWordStarts();

	/** "once", "twice" and "thrice" tried only where their first letter stands. */
	private static final SparseMatches ONCES = SparseMatches.beginningWith(ONCE, "o");

	private static final SparseMatches TWICES = SparseMatches.beginningWith(TWICE, "Tt").atWordStarts();

	/**
	 * Tallies tried only at digits and the vote's words only at their first letters:
	 * searched for at every character of every text that speaks of a vote, they were the
	 * costliest part of reading tallies.
	 */
	private static final SparseMatches TALLIES = SparseMatches.beginningWith(TALLY, "0123456789");

	private static final SparseMatches VOTES = SparseMatches.beginningWith(VOTE, "vVrRdD").atWordStarts();

	/** "Declining issues outnumbered advancing ones 1,141 to 406": both sides count. */
	static void scores(String clean, List<CountCandidate> found) {
		Matcher s = SCORES.matcher(clean);
		int from = 0;
		while (SCORES.find(s, clean, from)) {
			from = s.end();
			if (!Nouns.isPlural(s.group(1)) || Nouns.FUNCTION_WORDS.contains(s.group(1))) {
				continue;
			}
			for (CountCandidate c : found) {
				if (c.unit == null && !c.ordinal && (c.start == s.start(2) || c.start == s.start(3))) {
					c.unit = Nouns.singular(s.group(1));
					c.unitEnd = c.end;
				}
			}
		}
	}

	/** "The final vote was 52-35": both sides count votes. */
	static void tallies(DocumentText document, String clean, List<int[]> dateSpans, List<CountCandidate> found) {
		if (!mayNameVotes(clean) && !clean.contains("ruled") && !clean.contains("ruling") && !clean.contains("decision")
				|| !namesAVote(clean)) {
			return; // tallies are asked only where votes are counted
		}
		Matcher t = TALLIES.matcher(clean);
		for (int from = 0; TALLIES.find(t, clean, from); from = t.end()) {
			int at = t.start();
			if (dateSpans.stream().anyMatch(span -> span[0] < t.end() && at < span[1])
					|| !namesAVote(CountWords.sentenceText(document, clean, at))) {
				continue;
			}
			for (int g = 1; g <= 2; g++) {
				CountCandidate c = new CountCandidate(t.start(g), t.end(g), Long.parseLong(t.group(g)), false);
				c.unit = "vote";
				found.add(c);
			}
			for (CountCandidate bare : found) {
				if (bare.unit == null && !bare.ordinal && !bare.scaled && bare.start > t.end()
						&& CountWords.sameSentence(document, at, bare.start)) {
					bare.unit = "vote"; // "was 52-35, eight short of the 60 needed"
				}
			}
		}
	}

	/** Whether the text speaks of a vote or a ruling: {@link #VOTE} is found in it. */
	private static boolean namesAVote(String text) {
		return VOTES.find(VOTES.matcher(text), text, 0);
	}

	/**
	 * Whether "vot" stands in the text, in any case: most texts speak of no vote, and
	 * {@link #VOTE} searched through one is tried at each of its characters.
	 */
	static boolean mayNameVotes(String text) {
		for (int at = 0; at + 3 <= text.length(); at++) {
			char c = text.charAt(at);
			if ((c == 'v' || c == 'V') && text.regionMatches(true, at, "vot", 0, 3)) {
				return true;
			}
		}
		return false;
	}

	/** "a 3-for-1 stock split": three shares for each one held. */
	static void splits(String clean, List<CountCandidate> found) {
		if (!clean.contains("-for-")) {
			return;
		}
		Matcher t = SPLIT.matcher(clean);
		while (t.find()) {
			Long value = NumberWords.cardinal(t.group(1));
			found.removeIf(c -> c.start == t.start(1));
			CountCandidate c = new CountCandidate(t.start(1), t.end(1), value, false);
			c.unit = "share";
			found.add(c);
		}
	}

	/** "has twice before sued": two times; "only once": one time. */
	static void times(String clean, List<CountCandidate> found) {
		if (clean.contains("once")) {
			Matcher once = ONCES.matcher(clean);
			for (int from = 0; ONCES.find(once, clean, from); from = once.end()) {
				String before = clean.substring(Math.max(0, once.start() - 80), once.start());
				if (before.endsWith("at ") || before.endsWith("At ")) {
					continue; // "at once": at the same time
				}
				if (SINGLED_OUT_BEFORE.matcher(before).find()
						|| SPAN_AFTER.matcher(clean).region(once.end(), clean.length()).lookingAt()) {
					CountCandidate c = new CountCandidate(once.start(), once.end(), 1, false);
					c.unit = "time";
					found.add(c);
				}
			}
		}
		if (!clean.contains("wice") && !clean.contains("hrice") && !clean.contains("WICE")) {
			return;
		}
		Matcher t = TWICES.matcher(clean);
		for (int from = 0; TWICES.find(t, clean, from); from = t.end()) {
			CountCandidate c = new CountCandidate(t.start(1), t.end(1), t.group(1).equalsIgnoreCase("twice") ? 2 : 3,
					false);
			c.unit = "time";
			found.add(c);
		}
	}

}
