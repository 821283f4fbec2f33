package app.quarry.generation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.quarry.generation.extract.SparseMatches;

/**
 * Rewrites a sentence around a date into a question: "The first correspondence between
 * the two leaders took place on April 1, 2018, just after ..." becomes "On what date did
 * the first correspondence between the two leaders take place?". Only the plain shape
 * "subject, past-tense verb, rest" is rewritten; anything else gives null, and the fact
 * is then asked only as a cloze, never as a garbled question.
 */
final class DateQuestionWriter {

	private static final Pattern PREPOSITION = Pattern
		.compile("(?i)(?:\\b(?:on|in|since|by|until|during|from|as of|at the (?:beginning|end) of"
				+ "|(?:on|in|during) the (?:morning|afternoon|evening|night) of|at|early|late"
				+ "|about|around|roughly|nearly|almost|some|just over|just under|more than|less than|over))\\s+$");

	/** Regexes compiled once: every date fact of a corpus goes through them. */
	private static final Pattern LISTED_BEFORE = Pattern.compile("(?is).*\\b(between|and|or|nor|from)\\s+$");

	/**
	 * "45% this year, compared with 40% a year earlier", "higher than a year ago": the
	 * date is the baseline of a comparison, and a question about when dropped its figure.
	 */
	private static final Pattern COMPARED_BEFORE = Pattern
		.compile("(?is).*\\b(?:than|compared\\s+(?:with|to)|versus|vs\\.|against)\\b[^,;]{0,20}$");

	/**
	 * "in the closing months of 1996", "the latter part of 1991": the date ends a phrase
	 * of which it is a part, and a question cut at the date would end in "of?".
	 */
	private static final Pattern PART_OF_BEFORE = Pattern.compile("(?is).*\\bof\\s+$");

	private static final Pattern LISTED_AFTER = Pattern.compile("(?is)^\\s*(and|or|nor|to|–|-)\\s.*");

	private static final Pattern INNER_CLAUSE = Pattern
		.compile("(?i)\\b(that|when|once|while|after|before|if|because|which|who|where)\\b");

	/** The clause's openers tried only at words beginning with their first letters. */
	private static final SparseMatches INNER_CLAUSE_AT = SparseMatches.beginningWith(INNER_CLAUSE, "tTwWoOaAbBiI")
		.atWordStarts();

	private static final Pattern BOUND_BEFORE = Pattern.compile("(?is).*\\b(since|until|till|by)\\s+$");

	/**
	 * What follows a date that needs it: "Friday morning", "released Thursday came"; a
	 * verb after the date makes the date its subject ("said Monday will see", "Yesterday
	 * saw"), and a question cut at the date would lose its subject.
	 */
	private static final Pattern NEEDED_AFTER = Pattern
		.compile("(?s)^\\s*(morning|afternoon|evening|night|[a-z]+ed\\b|came|went|was|were|had|will|would|shall|is|are"
				+ "|has|saw|sees|brought|brings|marks)\\b.*");

	/**
	 * "saw the start of", "saw an escalation of": what a day that opens its sentence saw.
	 */
	private static final Pattern DAY_THAT_SAW = Pattern.compile("\\s*,?\\s*saw\\s+(the|an?)\\s+");

	private static final Pattern SPACED_COMMA = Pattern.compile("\\s+,");

	private static final Pattern SPACES = Pattern.compile("\\s{2,}");

	private static final Pattern DANGLING_DASH = Pattern.compile("(?:\\s+[–—-])?\\s*$");

	private static final Pattern FINAL_STOP = Pattern.compile("[.!]\\s*$");

	/**
	 * The colon (or comma) a date heading its entry leaves: compiled once, not per
	 * question.
	 */
	private static final Pattern LEADING_COLON = Pattern.compile("^\\s*[,:]\\s*");

	private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}'’-]");

	private static final Set<String> LEADS = Set.of("but", "and", "however", "meanwhile", "so", "yet", "also");

	/** Sentences opening with a clause or a phrase whose subject comes later. */
	private static final Set<String> CLAUSE_OPENERS = Set.of("after", "before", "when", "while", "despite", "although",
			"as", "if", "since", "in", "on", "at", "with", "following", "considering", "during", "for", "to", "by",
			"from", "until", "because", "among", "though", "once", "without", "according", "amid", "under", "over");

	private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "it", "they", "we", "i", "you", "this",
			"that", "these", "those", "there", "who", "which");

	private static final Set<String> AUXILIARIES = Set.of("will", "would", "shall", "should", "can", "could", "may",
			"might", "must", "be", "is", "are", "been", "being", "am", "do", "does");

	private DateQuestionWriter() {
	}

	/**
	 * The question, or null. {@code from}/{@code to} are the date's offsets in the
	 * sentence.
	 */
	static String question(String sentence, int from, int to, DateValue.Precision precision) {
		if (sentence.indexOf('“') >= 0 || sentence.indexOf('"') >= 0 || sentence.indexOf('?') >= 0) {
			return null;
		}
		if (from > 0 && "'’‘".indexOf(sentence.charAt(from - 1)) >= 0) {
			from--; // "in ’02": the mark standing for the century goes with the year
		}
		String before = sentence.substring(0, from);
		if (LISTED_BEFORE.matcher(before).matches() || COMPARED_BEFORE.matcher(before).matches()
				|| LISTED_AFTER.matcher(sentence.substring(to)).matches()) {
			return null;
		}
		// "lows not reached since February", "closed until Friday": the date bounds the
		// event, it is not when it happened; "Friday morning", "released Thursday came":
		// what follows the date needs it
		// "announced that the markets would open on Friday": the date belongs to the
		// clause inside, not to the verb the question would ask about
		if (INNER_CLAUSE_AT.find(INNER_CLAUSE_AT.matcher(before), before, 0)) {
			return null;
		}
		Matcher saw = DAY_THAT_SAW.matcher(sentence.substring(to));
		if (before.isBlank() && saw.lookingAt()) {
			// "Thursday saw the opening of the fair": the day is the subject, and what it
			// saw is the event asked about
			List<String> seen = clause(Arrays
				.asList(FINAL_STOP.matcher(sentence.substring(to + saw.end())).replaceAll("").strip().split("\\s+")));
			String article = saw.group(1).toLowerCase(Locale.ROOT);
			return seen.size() < 2 ? null : finish(opener(precision) + " was "
					+ (article.startsWith("a") ? "there " : "") + article + " " + String.join(" ", seen));
		}
		if (BOUND_BEFORE.matcher(before).matches() || NEEDED_AFTER.matcher(sentence.substring(to)).matches()) {
			return null;
		}
		Matcher prep = PREPOSITION.matcher(before);
		int cut = prep.find() ? prep.start() : from;
		if (cut == from && PART_OF_BEFORE.matcher(before).matches()) {
			return null;
		}
		String after = sentence.substring(to);
		// "on Founders Day - March 3 - this year": a date set apart by dashes leaves its
		// opening dash behind
		String kept = DANGLING_DASH.matcher(before.substring(0, cut)).replaceFirst("");
		String joined = (kept + " " + after.stripLeading()).strip();
		if (cut == 0 || before.substring(0, cut).isBlank()) {
			// "1913: The worst ...": a date heading its entry leaves no colon behind
			joined = LEADING_COLON.matcher(after).replaceFirst("");
		}
		joined = FINAL_STOP.matcher(SPACES.matcher(SPACED_COMMA.matcher(joined).replaceAll(",")).replaceAll(" "))
			.replaceAll("");
		List<String> words = new ArrayList<>(Arrays.asList(joined.split(" ")));
		// where the date stood among the words, to tell whether the clause asked holds it
		int dateAt = cut == 0 || kept.isBlank() ? 0
				: SPACED_COMMA.matcher(kept).replaceAll(",").strip().split("\\s+").length;
		while (!words.isEmpty() && LEADS.contains(bare(words.get(0)))) {
			words.remove(0);
			dateAt--;
		}
		if (words.size() < 3 || CLAUSE_OPENERS.contains(bare(words.get(0)))
				|| SUBJECT_PRONOUNS.contains(bare(words.get(0)))) {
			return null;
		}
		int verb = -1;
		for (int i = 1; i < words.size() && i <= 10; i++) {
			if (words.get(i - 1).endsWith(",")) {
				return null;
			}
			if (isFinite(words.get(i))) {
				verb = i;
				break;
			}
		}
		if (verb < 0) {
			return null;
		}
		if (words.subList(0, verb).stream().map(DateQuestionWriter::bare).anyMatch(AUXILIARIES::contains)) {
			// "the price will be reduced": the verb found is a participle, not the verb
			return null;
		}
		String subject = lowerFirst(String.join(" ", words.subList(0, verb)));
		List<String> rest = clause(words.subList(verb + 1, words.size()));
		if (dateAt > verb + 1 + rest.size() && !placeGoesOn(words, verb + 1 + rest.size(), dateAt)) {
			// "The strike began on May 2, and the minister resigned a day later, on May
			// 3":
			// the clause the question is made of ends before the date, which dates
			// another event
			return null;
		}
		String v = bare(words.get(verb));
		if (rest.stream().map(DateQuestionWriter::bare).anyMatch(Set.of("was", "were", "is", "are")::contains)) {
			return null;
		}
		String opener = opener(precision);
		if (v.equals("was") || v.equals("were")) {
			if (rest.isEmpty() || bare(rest.get(0)).equals("not")) {
				return null;
			}
			return finish(opener + " " + v + " " + subject + " " + String.join(" ", rest));
		}
		if (v.equals("had") || v.equals("has") || v.equals("have")) {
			return null;
		}
		if (secondPredicate(rest)) {
			// "The talks started on Monday and ended on Thursday": "did the talks start
			// ... and ended" asks two events in broken grammar
			return null;
		}
		String tail = rest.isEmpty() ? "" : " " + String.join(" ", rest);
		return finish(opener + " did " + subject + " " + VerbForms.base(v) + tail);
	}

	/**
	 * "at Moscone Center in San Francisco, California on Monday": the clause stopped at a
	 * comma inside a place's name, and only capitalised words go on to the date.
	 */
	private static boolean placeGoesOn(List<String> words, int from, int to) {
		if (to > words.size() || to - from > 3) {
			return false;
		}
		for (int i = from; i < to; i++) {
			if (bare(words.get(i)).isEmpty() || !Character.isUpperCase(words.get(i).charAt(0))) {
				return false;
			}
		}
		return true;
	}

	/** Whether "and" joins a second verb in the past to the clause: "and ended". */
	private static boolean secondPredicate(List<String> rest) {
		for (int i = 1; i < rest.size(); i++) {
			if (bare(rest.get(i - 1)).equals("and") && isFinite(rest.get(i))) {
				return true;
			}
		}
		return false;
	}

	private static boolean isFinite(String word) {
		String w = bare(word);
		return w.equals("was") || w.equals("were") || w.equals("had") || w.equals("has") || w.equals("have")
				|| (VerbForms.isPast(w) && word.equals(word.toLowerCase(Locale.ROOT)));
	}

	/**
	 * The words up to the first clause boundary (comma, semicolon, dash, relative
	 * clause).
	 */
	private static List<String> clause(List<String> words) {
		List<String> kept = new ArrayList<>();
		for (String w : words) {
			if (w.equals("–") || w.equals("—") || w.equals("_") || bare(w).equals("which")) {
				break;
			}
			boolean boundary = w.endsWith(",") || w.endsWith(";") || w.endsWith(":");
			kept.add(boundary ? w.substring(0, w.length() - 1) : w);
			if (boundary) {
				break;
			}
		}
		return kept;
	}

	private static String opener(DateValue.Precision precision) {
		return switch (precision) {
			case DAY -> "On what date";
			case MONTH -> "In what month and year";
			case YEAR -> "In what year";
			case RANGE -> "On what dates";
		};
	}

	private static String finish(String question) {
		String q = SPACES.matcher(question).replaceAll(" ").strip();
		return Prose.words(q) > 32 ? null : q + "?";
	}

	private static String lowerFirst(String subject) {
		String first = subject.split(" ")[0];
		boolean common = Set.of("the", "a", "an", "some", "one", "two", "several", "many", "most", "all")
			.contains(first.toLowerCase(Locale.ROOT));
		return common ? Character.toLowerCase(subject.charAt(0)) + subject.substring(1) : subject;
	}

	private static String bare(String word) {
		return NOT_WORD.matcher(word).replaceAll("").toLowerCase(Locale.ROOT);
	}

}
