package app.quarry.generation.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.quarry.corpus.DocumentText;
import app.quarry.corpus.Sentence;

/** The tense of the words around a date: whether they speak of the past or the future. */
final class Tense {

	/**
	 * Words that point ahead; "could" not in "could not be reached", the news' report of
	 * a try that failed; "planned a rally" as "planned to" does, and so do the other
	 * words of an aim told in the past ("vowed to strike", "was to fly", "was expected
	 * to").
	 */
	private static final Pattern FUTURE = Pattern.compile(
			"\\b(?:will|shall|should(?!\\s+have)|might|would|could(?!\\s+(?:not\\s+)?be\\s+(?:reached|located|found|contacted)\\b)|is set to|are set to|is expected to|are expected to|is scheduled to|are scheduled to"
					+ "|plans? to|planned to|planning to|(?<!had\\s)(?:intend|hope|vow|threaten|promise|pledge|aim)(?:s|d|ed)?\\s+to|(?<!had\\s)planned\\s+(?:a|an|the|their|its|his|her)|set to|likely to|(?<!had been )scheduled|ahead of|is to|are to|upcoming|forthcoming|next(?!\\s+to\\b)|to be released|is due|are due"
					+ "|payable|of record|effective|expires?|due|scheduled for|expects?|extended (?:to|until|through)|extended (?:its|the|their|his|her|a)\\s+[a-z]+\\s+(?:until|through))\\b");

	/**
	 * Words before an -ed form that make it no past: a passive in the present or future
	 * ("is expected", "will be paid") or an adjective ("the reduced dividend", "a still
	 * unspecified date").
	 */
	private static final Pattern NOT_PAST_BEFORE = Pattern
		.compile("\\b(?:is|are|be|being|the|a|an|its|their)\\s+(?:not\\s+|still\\s+|as\\s+yet\\s+)?$");

	/** A verb in the past: an -ed form or a common irregular one. */
	private static final Pattern PAST = Pattern.compile(
			"\\b(?:(?!(?:succe|proce|exce|ne|fe|spe|inde|bre|ble|se|he|hundr|sacr|nak|wick|kindr|bas|ag)ed\\b)[a-z]{3,}ed|was|were|had|did|said|told|met|held|made|took|came|went"
					+ "|gave|began|fell|rose|won|lost|sold|saw|left|became|bought|paid|spent|sent|wrote|got|hit|cut|put|struck|grew"
					+ "|ran|led|fought|brought|thought|found|kept|spoke|broke|chose|drove|flew|knew|shut|slid|sank|stood|won|unveiled"
					+ "|tore|threw|fled|caught|sought|heard|built|swore|stole|hid|froze|blew|drew|shook|swept|taught|understood"
					+ "|withdrew|shrank|arose|awoke|crept|knelt|overcame|rang|sang|sat|slept|stuck|wept|upheld|undertook|mistook)\\b");

	/** The future words, tried only where a word in lower case begins. */
	private static final SparseMatches FUTURE_AT = SparseMatches.beginningWith(FUTURE, "abcdefghijklmnopqrstuvwxyz")
		.atWordStarts();

	/** The past verbs, tried only where a word in lower case begins. */
	private static final SparseMatches PAST_AT = SparseMatches.beginningWith(PAST, "abcdefghijklmnopqrstuvwxyz")
		.atWordStarts();

	/**
	 * Words opening a clause whose past verb follows a future one: "would be paid when
	 * the markets opened" still speaks of the future.
	 */
	private static final Pattern SUBORDINATE = Pattern.compile("\\b(?:when|once|if|until|after|before|as soon as)\\b");

	/** "since" before a date in its clause, with at most a few words between. */
	private static final Pattern SINCE = Pattern.compile("\\bsince\\s+(?:\\S+\\s+){0,4}$");

	private static final Pattern PAST_AUXILIARY = Pattern.compile("\\b(?:was|were|had)\\b");

	/**
	 * A plan told in the past perfect ("had been due to expire Friday"): the day it was
	 * planned for has come and gone by the time of telling.
	 */
	private static final Pattern PLANNED_BEFORE = Pattern.compile(
			"\\bhad\\s+(?:previously\\s+|originally\\s+|already\\s+)?been\\s+(?:due|scheduled|set|expected|planned|slated)\\b");

	private static final Pattern DEADLINE = Pattern.compile("\\bby\\s+(?:the\\s+end\\s+of\\s+)?$");

	/**
	 * "until Friday", also with the hour or the part of the day before the day: "until
	 * noon on Friday", "until late Friday", "until the end of Friday".
	 */
	private static final Pattern UNTIL = Pattern.compile("\\b(?:until|till)\\s+(?:at\\s+least\\s+)?"
			+ "(?:(?:the\\s+)?(?:early|late|morning|afternoon|evening|noon|midday|midnight|end|close)\\s+(?:of\\s+|on\\s+)?)?$");

	/**
	 * A step still awaited in a process under way: "a motion put forward for a vote on
	 * Friday", "the treaty, tabled for ratification on Monday". With no verb in the past,
	 * the day it is awaited for lies ahead.
	 */
	private static final Pattern AWAITED_STEP = Pattern
		.compile("\\bfor\\s+(?:(?:a|the|its|their|final|formal)\\s+)*(?:adoption|approval|ratification|vote"
				+ "|voting|debate|signature|signing|endorsement)\\s+(?:on|at)\\s+$");

	/**
	 * A day that is the subject of a verb of the future ("Monday will see the cranes move
	 * in", "March 3 is set to bring the vote"): the day lies ahead, whatever verb reports
	 * it.
	 */
	private static final Pattern SUBJECT_OF_FUTURE = Pattern
		.compile("(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:January|February|March|April|May|June|July|August"
				+ "|September|October|November|December)\\s+\\d{1,2}(?:st|nd|rd|th)?)\\s+(?:will|is\\s+(?:set|expected"
				+ "|due|scheduled|likely|going)\\s+to)\\b");

	/**
	 * A step sent for or agreed to and not yet taken, told in the present or the present
	 * perfect: "has sent an envoy to visit the region on Monday", "have agreed to meet on
	 * Friday". The day of the step lies ahead even when a verb in the past reports it.
	 */
	private static final Pattern ARRANGED_STEP = Pattern.compile("\\b(?:(?:has|have|is|are)\\s+(?:(?:also|already|now"
			+ "|just|since)\\s+)?(?:sent|asked|invited|told|ordered|urged|agreed|decided|arranged|offered|promised"
			+ "|instructed|dispatched|summoned|directed|sending|asking|inviting)|(?:sends|asks|invites|orders|urges"
			+ "|dispatches|summons))\\s+(?<gap>(?:[\\w.’'-]+\\s+){0,6}?)to\\s+(?!(?:the|a|an|his|her|its|their|this|that|be"
			+ "|have)\\b)[a-z]+\\b[^,;:()\"“”]*$");

	/**
	 * A verb of the present that tells what is so or what is on ("the fair takes place
	 * on", "the show runs until", "the office is closed").
	 */
	private static final Pattern PRESENT = Pattern
		.compile("\\b(?:is|are|takes|runs|begins|starts|opens|lasts|continues|remains|closes)\\b");

	private Tense() {
	}

	/**
	 * Whether the sentence around a date speaks in the present, with no verb of the past
	 * or the future: "The fair takes place from May 3 until 8." tells of the time of
	 * writing, not of a history it told before.
	 */
	static boolean present(DocumentText doc, int at) {
		Sentence sentence = doc.sentenceAt(at);
		if (sentence == null) {
			return false;
		}
		String text = sentence.text();
		return PRESENT.matcher(text).find() && firstStart(PAST_AT, text) == Integer.MAX_VALUE
				&& firstStart(FUTURE_AT, text) == Integer.MAX_VALUE;
	}

	/**
	 * 1 when the words around a date speak of the future, -1 of the past, 0 when they do
	 * not tell.
	 */
	static int of(DocumentText doc, int at) {
		Sentence sentence = doc.sentenceAt(at);
		if (sentence == null) {
			return 0;
		}
		String clean = doc.cleanText();
		int from = sentence.start();
		int depth = 0;
		for (int k = at - 1; k >= sentence.start(); k--) {
			char c = clean.charAt(k);
			// an aside in brackets is not the clause the date belongs to
			if (c == ')') {
				depth++;
			}
			else if (c == '(' && depth > 0) {
				depth--;
			}
			else if (depth == 0 && (c == ',' || c == ';' || c == ':' || c == '(' || c == '—' || c == '"' || c == '“'
					|| c == '\n')) {
				from = k + 1;
				break;
			}
		}
		String clause = clean.substring(from, at);
		if (SUBJECT_OF_FUTURE.matcher(clean).region(at, sentence.end()).lookingAt() || arrangedStep(clause)) {
			return 1;
		}
		if (SINCE.matcher(clause).find()) {
			// "searching for him since shortly after the Oct. 23 slaying": a time past
			return -1;
		}
		if (PLANNED_BEFORE.matcher(clause).find()) {
			return -1;
		}
		// the verb nearest the date decides: "could have been delivered at a meeting
		// that was held on Sept. 7" is the past
		int future = lastEnd(FUTURE_AT, clause);
		int pastEnd = lastPast(clause);
		if (future >= 0 && (future >= pastEnd || SUBORDINATE.matcher(clause.substring(future, pastEnd)).find())) {
			return 1;
		}
		boolean past = pastEnd >= 0;
		if (UNTIL.matcher(clause).find()) {
			return !past || !PAST_AUXILIARY.matcher(clause).find() ? 1 : -1;
		}
		if (past) {
			return -1;
		}
		if (future < 0 && (DEADLINE.matcher(clause).find() || AWAITED_STEP.matcher(clause).find())) {
			// "a program to pay down the loan by February": a deadline in a clause with
			// no verb in the past lies ahead
			return 1;
		}
		// the date opens its clause: the first verb after it, past or future, decides;
		// within a quotation, the verb of the words quoted, not the one saying them
		String rest = clean.substring(at, quotationEnd(clean, sentence, at));
		int willAt = firstStart(FUTURE_AT, rest);
		int didAt = firstStart(PAST_AT, rest);
		if (willAt != didAt) {
			return willAt < didAt ? 1 : -1;
		}
		if (willAt != Integer.MAX_VALUE) {
			// "On Friday, the council planned to ...": a plan told in the past, for a day
			// that may be the one planned for or the one of the planning; the nearer
			return 0;
		}
		// a date in a trailing phrase ("..., and before the elections in November")
		// belongs to the sentence's main verb
		if (firstStart(FUTURE_AT, sentence.text()) != Integer.MAX_VALUE) {
			return 1;
		}
		return firstStart(PAST_AT, clean.substring(sentence.start(), at)) != Integer.MAX_VALUE ? -1 : 0;
	}

	/**
	 * Whether the clause before a date tells of a step arranged and not yet taken; not
	 * when a verb in the past comes between ("has told police he went to see a doctor on
	 * Monday").
	 */
	private static boolean arrangedStep(String clause) {
		if (!clause.contains(" to ")) {
			return false;
		}
		Matcher m = ARRANGED_STEP.matcher(clause);
		return m.find() && !PAST.matcher(m.group("gap")).find();
	}

	/**
	 * Where the quotation holding a position closes ("“We leave Thursday,” he said"), or
	 * the sentence's end.
	 */
	private static int quotationEnd(String clean, Sentence sentence, int at) {
		int end = sentence.end();
		for (String mark : InsideQuotation.at(clean, sentence.start(), at) ? List.of("\"", "”", "''")
				: List.of("”", "''")) {
			int close = clean.indexOf(mark, at);
			if (close >= 0 && close < end) {
				end = close;
			}
		}
		return end;
	}

	/** Whether a word in lower case is a verb form of the past: "announced", "took". */
	static boolean isPastForm(String word) {
		return PAST.matcher(word).matches();
	}

	/** Where the last verb in the past ends in a clause, or -1. */
	private static int lastPast(String clause) {
		Matcher m = PAST_AT.matcher(clause);
		int end = -1;
		for (int from = 0; PAST_AT.find(m, clause, from); from = m.end()) {
			String before = clause.substring(Math.max(0, m.start() - 12), m.start());
			if (!NOT_PAST_BEFORE.matcher(before).find()) {
				end = m.end();
			}
		}
		return end;
	}

	/** Where the last match in the text ends, or -1. */
	private static int lastEnd(SparseMatches words, String text) {
		Matcher m = words.matcher(text);
		int end = -1;
		for (int from = 0; words.find(m, text, from); from = m.end()) {
			end = m.end();
		}
		return end;
	}

	/** Where the first match in the text starts, or {@code Integer.MAX_VALUE}. */
	private static int firstStart(SparseMatches words, String text) {
		Matcher m = words.matcher(text);
		return words.find(m, text, 0) ? m.start() : Integer.MAX_VALUE;
	}

}
