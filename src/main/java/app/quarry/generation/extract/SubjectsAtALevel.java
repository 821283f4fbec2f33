package app.quarry.generation.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.quarry.corpus.DocumentText;

/**
 * A bare number that a plural subject rose to, reached, numbered or totalled counts that
 * subject: "deaths from the fever rose to 41", "arrests during the week totalled 14",
 * "the rebels, numbering 300,", "injured passengers numbered 37". A crowd, an audience or
 * a congregation that grew to a number counts the people in it. Subjects whose numbers
 * measure rather than count (rates, prices, losses) are left alone.
 */
final class SubjectsAtALevel {

	private SubjectsAtALevel() {
	}

	/**
	 * "deaths from the fever have risen to about ": a plural noun or a gathering of
	 * people, what it is of or where, a verb that gives a level and a bound.
	 */
	private static final Pattern SUBJECT_AT_LEVEL = Pattern.compile("(?<![\\p{L}’'-])(?<noun>\\p{L}\\p{Ll}{2,}s"
			+ "|crowd|audience|congregation)\\b(?:\\s+(?:in|of|at|on|for|across|from|among|during|since|outside|inside|near)\\s+"
			+ "(?:[\\p{L}’'.-]+\\s+){1,4}?)?\\s*,?\\s*(?:(?:has|have|had)\\s+)?(?:(?:rose|risen|grew|grown"
			+ "|increased|fell|fallen|dropped|declined|decreased|jumped|climbed|soared|swelled|swollen|shrank|shrunk"
			+ "|went\\s+(?:up|down))\\s+to|numbered|numbering|totalled|totalling|totaled|totaling"
			+ "|(?:stood|stands)\\s+at)\\s+(?:(?:about|around|nearly|almost|some|roughly|just|only|more\\s+than|over"
			+ "|at\\s+least)\\s+)?$");

	/** Nothing but the start of a sentence before a capitalised subject. */
	private static final Pattern SENTENCE_START = Pattern.compile("(?:^|[.!?\\n][\"”’']?)\\s*[\"“‘']?$");

	/** The end of a bare level: a stop, or a word that is no noun of its own. */
	private static final Pattern BARE_AFTER = Pattern.compile(
			"\\s*(?:[.,;:)]|$|\\s+(?:on|in|at|by|last|this|over|since|after|when|as|and|but|while|yesterday|today)\\b)");

	/** Plural subjects whose numbers are amounts of money or measures, not counts. */
	private static final Set<String> AMOUNTS = Set.of("losses", "debts", "assets", "reserves", "exports", "imports",
			"savings", "receipts", "rents", "bills", "returns", "budgets", "investments", "funds", "deficits",
			"surpluses", "gains", "readings", "speeds", "winds", "gusts", "heights", "depths", "weights", "lengths",
			"averages", "ratios", "percentages", "takings", "charges", "taxes", "tariffs", "benefits", "pensions",
			"bonuses", "sums", "amounts", "totals", "counts", "tallies", "tolls");

	/**
	 * The first year-like number that a level might be: "rose to 1990" is left unread.
	 */
	private static final long FIRST_YEAR = 1800;

	private static final long LAST_YEAR = 2100;

	private static boolean looksLikeYear(String clean, CountCandidate c) {
		return c.value >= FIRST_YEAR && c.value <= LAST_YEAR && clean.substring(c.start, c.end).indexOf(',') < 0;
	}

	/** Gives each bare level of a counted plural subject that subject as its unit. */
	static void levels(DocumentText document, String clean, List<CountCandidate> found) {
		for (CountCandidate c : found) {
			if (c.alreadyRead() || c.scaled || c.multiplier || looksLikeYear(clean, c)
					|| !BARE_AFTER.matcher(clean).region(c.end, clean.length()).lookingAt()
					|| ElidedUnits.SHARE_AFTER.matcher(clean).region(c.end, clean.length()).lookingAt()) {
				continue;
			}
			String before = clean.substring(Math.max(0, c.start - 90), c.start);
			Matcher subject = SUBJECT_AT_LEVEL.matcher(before);
			if (!subject.find()
					|| !CountWords.sameSentence(document, c.start - (before.length() - subject.start()), c.start)) {
				continue;
			}
			String noun = subject.group("noun").toLowerCase(Locale.ROOT);
			if (Character.isUpperCase(subject.group("noun").charAt(0))
					&& !SENTENCE_START.matcher(before.substring(0, subject.start("noun"))).find()) {
				continue; // "Acme Motors reached 300": a name, not a plural subject
			}
			if (noun.endsWith("s") && (AMOUNTS.contains(noun)
					|| !ChangedSubjects.counted(noun, before.substring(0, subject.start("noun"))))) {
				continue;
			}
			c.unit = noun.endsWith("s") ? Nouns.singular(noun) : "person";
		}
	}

}
