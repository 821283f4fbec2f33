package app.quarry.generation.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.quarry.corpus.DocumentText;
import app.quarry.corpus.Sentence;

/**
 * Bare numbers told as the levels of a counted subject: "The death toll, initially 10,
 * has risen to 12", "The number of members climbed from fewer than 4,000 in 1995 to more
 * than 9,000 last year", "the town's population grew from 3,000 to 12,000", "membership
 * fell by 200 to 1,800", "The union's membership, once 60,000, has fallen to 35,000". The
 * subject says once what is counted; every level it is given after it counts the same, as
 * does the line it passes ("the tally of signed pledges passed the 50,000 mark").
 */
final class LevelCounts {

	private LevelCounts() {
	}

	/**
	 * What a subject counts: "the number of (foreign) visitors", "the numbers of "sleeper
	 * cells"" (a term the writer quotes), "the death toll" or, once the deaths are told,
	 * just "the toll", "the population", "membership".
	 */
	private static final Pattern SUBJECT = Pattern
		.compile("(?i)\\b(?:numbers?|count|tally)\\s+of\\s+(?:[\"“]?[\\p{L}-]+[\"”]?\\s+){0,2}?"
				+ "[\"“]?(?-i:(?<plural>people|men|women|children|[a-z]+s))\\b[\"”]?|\\b(?:death|casualty|fatality|(?i:the))\\s+(?<toll>toll)\\b"
				+ "|\\b(?<population>population)\\b|\\b(?<membership>membership)\\b");

	/**
	 * The word that gives a level, and a bound: "from fewer than", "to more than",
	 * "initially", "stood at", "reached", "by".
	 */
	private static final Pattern LEVEL_BEFORE = Pattern
		.compile("(?i)\\b(?:from|to|at|by|of|initially|originally|once|formerly"
				+ "|reached|reaching|topped|topping|hit|exceeded|passed|surpassed|totaled|totalled|totaling|totalling"
				+ "|was|is|were|are|now|(?:broke|broken|breaking|breaks|passed|passing|topped|crossed|crossing|hit"
				+ "|reached|surpassed)\\s+the)\\s+(?:(?:about|around|nearly|almost|some|roughly|approximately|only|just"
				+ "|(?:more|fewer|less)\\s+than|over|under|at\\s+least|at\\s+most|an\\s+estimated)\\s+)?$");

	/**
	 * What may stand between the subject and a level: no other clause or quotation, no
	 * other thing given its own level ("grew to 5,000 and its budget to 3 million").
	 */
	private static final Pattern CLAUSE_BREAK = Pattern
		.compile("[;:“”\"(]|,\\s+and\\s|\\s(?:while|whereas|but)\\s|\\sand\\s+(?:its|their|the|a|an|his|her|our)\\s");

	/**
	 * "broke the 100,000 barrier", "passed the 5,000 mark": a level named as a line
	 * passed, after "the".
	 */
	private static final Pattern MARK_AFTER = Pattern.compile("\\s+(?:barrier|mark|milestone|threshold)\\b");

	/** How far after its subject a level may stand. */
	private static final int REACH = 120;

	/** Gives each bare number told as a level of a counted subject what it counts. */
	static void levels(DocumentText document, String clean, List<CountCandidate> found) {
		for (CountCandidate c : found) {
			boolean mark = MARK_AFTER.matcher(clean).region(c.end, clean.length()).lookingAt();
			if (c.unit != null && !mark || c.ordinal || c.upperBound || c.ofThem || c.partOfNext) {
				continue;
			}
			Sentence sentence = document.sentenceAt(c.start);
			if (sentence == null || ElidedUnits.SHARE_AFTER.matcher(clean).region(c.end, clean.length()).lookingAt()) {
				continue; // "rose to 40 percent" is a share
			}
			String before = clean.substring(Math.max(sentence.start(), c.start - 200), c.start);
			Matcher level = LEVEL_BEFORE.matcher(before);
			if (!mayNameSubject(before) || !level.find()
					|| mark != level.group().toLowerCase(Locale.ROOT).contains("the")) {
				continue; // the line a level passes is said with "the", the level without
			}
			Matcher s = SUBJECT.matcher(before);
			MatchResult last = null;
			while (s.find()) {
				last = s.toMatchResult(); // the subject nearest the number
			}
			if (last == null || before.length() - last.end() > REACH
					|| CLAUSE_BREAK.matcher(before).region(last.end(), before.length()).find()) {
				continue;
			}
			c.unit = unitOf(last);
		}
	}

	private static String unitOf(MatchResult subject) {
		if (subject.group("plural") != null) {
			return CountedUnits.singularOf(subject.group("plural"));
		}
		if (subject.group("toll") != null) {
			return "death";
		}
		return subject.group("population") != null ? "inhabitant" : "member";
	}

	/** Whether the words may name a subject: most do not, and are not searched. */
	private static boolean mayNameSubject(String before) {
		return before.contains("umber of") || before.contains("umbers of") || before.contains("ount of")
				|| before.contains("ally of") || before.contains(" toll") || before.contains("opulation")
				|| before.contains("embership");
	}

}
