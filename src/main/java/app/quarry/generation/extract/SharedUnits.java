package app.quarry.generation.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.quarry.corpus.DocumentText;
import app.quarry.corpus.Sentence;

/**
 * Numbers without a noun of their own that share a neighbour's: "102 and 21 people",
 * "between 60 and 90 days", "4,300 jobs in France, 3,700 in Germany", "about 5,000, or 9%
 * of the work force of 55,000 employees", "Of the 22 matches ..., twelve ...", "179
 * tankers at a rate of 15 a year", "will appoint three members ... and six".
 */
final class SharedUnits {

	private SharedUnits() {
	}

	/**
	 * "Of the 22 matches where ...,": the later bare numbers of the sentence count them
	 * too.
	 */
	static final Pattern OF_THE_COUNT = Pattern.compile("^\\s*Of\\s+(?:the|these|those)\\s+$");

	/**
	 * "orders for 2,200 more.", "rescued 40 more after dark": more of the things counted
	 * before, the clause going on with a word of time or place rather than a noun.
	 */
	static final Pattern MORE_AFTER = Pattern.compile("\\s+more\\s*(?:[.;,]|$|(?=\\s+(?:after|before|when|while"
			+ "|during|since|until|later|overnight|yesterday|today|in|on|at|from|near|off)\\b))");

	/**
	 * "holds between 210 and": a bound between the verb and the number, dropped to
	 * compare verbs.
	 */
	static final Pattern BOUND_BEFORE = Pattern
		.compile("\\s+(?:between|about|around|nearly|almost|some|over|roughly|approximately|up to|more than)\\s+$");

	/** "250 to 290.": the upper end of a range of the same things. */
	static final Pattern BARE_RANGE_END = Pattern.compile("\\s*(?:to|[-–])\\s*\\d[\\d,]*");

	/**
	 * " to her rival's ", " to the hosts' ": the owner of a count set against the one
	 * before it ("won 24 points to her rival's 19").
	 */
	private static final String OWNER_SET_AGAINST = "\\s+to\\s+(?:(?:the|his|her|its|their)\\s+)?"
			+ "(?:\\p{L}[\\p{L}.’'-]*\\s+){0,2}?\\p{L}[\\p{L}.-]*(?:['’]s|s['’])\\s+";

	/**
	 * What may stand between a count and a number that shares its noun: a word of what
	 * befell the things counted, a place or party, or both ("45 people dead in the north,
	 * 12 in the east", "300 jobs created at Acme and 40 at its rival", "60 people dead
	 * and 900 homeless").
	 */
	static final Pattern LIST_GAP = Pattern.compile("(?:\\s+(?:dead|alive|missing|sick|ill|homeless|\\p{Ll}{2,}ed))?"
			+ "(?:\\s+(?:in|at|for|from|of|by|on)\\s+[^,;:.()]{1,30}?)?"
			+ "(?:\\s*,\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or)\\s+|" + OWNER_SET_AGAINST
			+ ")(?:(?:about|around|nearly|almost|over|some|approximately|roughly|another)\\s+)?");

	/**
	 * ", and Kuwait about": another place or party given the same kind of count, its noun
	 * left out ("Iraq has 17 million residents, and Kuwait about 1.9 million").
	 */
	static final Pattern NAMED_LIST_GAP = Pattern
		.compile("\\s*,\\s*(?:and|while|but|with)\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}.’'-]*\\s+){1,3}"
				+ "(?:(?:about|around|nearly|almost|over|some|approximately|roughly|only|just)\\s+)?");

	/**
	 * What may stand between a number and the next one that names their shared noun, past
	 * the quoted word of a ballot ("41,250 "Yes" and 52,775 "No" votes").
	 */
	static final Pattern PAIR_GAP = Pattern.compile(
			"(?:\\s+(?:\"\\p{L}\\p{Ll}*\"|“\\p{L}\\p{Ll}*”))?\\s*(?:,\\s*|\\s(?:and|to|or)\\s+|\\s*(?:--|[-–—])\\s*)");

	/**
	 * ", or 9% of the total work force of": a part given as a share of a whole counted
	 * next.
	 */
	static final Pattern SHARE_GAP = Pattern.compile(
			"\\s*,\\s*or\\s+(?:about\\s+|nearly\\s+|some\\s+|around\\s+)?\\d+(?:\\.\\d+)?\\s*(?:%|percent|per\\s+cent)\\s+of\\s+[^,;:.()]{0,60}");

	/**
	 * " of its shares, or 10% of the ": a part counted, then given as a share of a whole
	 * whose noun is left out.
	 */
	static final Pattern WHOLE_OF_SHARE = Pattern.compile("(?:\\s+\\p{Ll}+|\\s+of\\s+[^,;:.()]{1,40}?)?\\s*,\\s*or\\s+"
			+ "(?:about\\s+|nearly\\s+|some\\s+|around\\s+)?\\d+(?:\\.\\d+)?\\s*(?:%|percent|per\\s+cent)\\s+of\\s+"
			+ "(?:the|its|their)\\s+(?:(?:total|roughly|about|nearly|some)\\s+)?");

	/**
	 * "300 to 450", "300-450", "30 -- 40", "30—40": a range; "four or five": a guess
	 * between two numbers, which says its lower one as a range does.
	 */
	static final Pattern RANGE_GAP = Pattern.compile("\\s*(?:to|--|[-–—])\\s*|\\s+or\\s+");

	/**
	 * ", 750 in Leeds", " and 90 at Acme": a share of the things counted before the
	 * sentence goes on to name where or with whom they are, one clause of a list.
	 */
	static final Pattern PLACED_SHARE_BEFORE = Pattern
		.compile("(?:,\\s*(?:and\\s+)?|\\s+and\\s+)(?:(?:about|around|nearly|almost|over|some|roughly)\\s+)?$");

	/** " in Leeds", " at the Acme plant": the place or party a share of them is at. */
	static final Pattern PLACE_AFTER = Pattern.compile("\\s+(?:in|at)\\s+(?:the\\s+)?\\p{Lu}\\p{Ll}");

	/** "15 a year", "ten per month": a rate of the things counted before. */
	static final Pattern RATE_AFTER = Pattern.compile("\\s+(?:a|an|per|each)\\s+(" + CountFinder.TIME_UNIT + ")\\b");

	static final Pattern LAST_WORD = Pattern.compile("([A-Za-z]+)\\s+$");

	static final Pattern CLAUSE_END = Pattern.compile("\\s*(?:[.;]|,\\s+(?:and|but|while)\\b|$)");

	static final Pattern TO = Pattern.compile("\\s+to\\s+");

	/**
	 * A number without a noun shares the noun of its neighbour: "102 and 21 people",
	 * "between 60 and 90 days", "4,300 jobs in France, 3,700 in Germany", "25,000 of
	 * them".
	 */
	static void shareUnits(DocumentText document, String clean, List<CountCandidate> found) {
		for (int i = found.size() - 2; i >= 0; i--) {
			CountCandidate c = found.get(i);
			CountCandidate next = found.get(i + 1);
			String gap = clean.substring(c.end, next.start);
			if (c.unit == null && c.partOfNext && !next.ordinal && next.unit != null
					&& CardinalUnits.PART_OF_NEXT.matcher(gap).matches()) {
				c.unit = next.unit; // "eight of the top ten teams"
				continue;
			}
			if (next.unit == null && !c.ordinal && !next.ordinal && c.unit != null
					&& WHOLE_OF_SHARE.matcher(gap).matches()) {
				next.unit = c.unit; // "one million of its shares, or 10% of the 9.6
									// million
									// outstanding"
				continue;
			}
			if (c.unit == null && !c.ordinal && !next.ordinal && next.unit != null
					&& SHARE_GAP.matcher(gap).matches()) {
				c.unit = next.unit; // "about 5,000, or 9% of its work force of 55,000
									// employees"
				continue;
			}
			if (c.unit == null && !c.ordinal && !next.ordinal && next.unit != null && PAIR_GAP.matcher(gap).matches()) {
				c.unit = next.unit;
				next.upperBound = RANGE_GAP.matcher(gap).matches() && next.value > c.value
						|| (gap.contains(",") || gap.contains("and")) && next.value == c.value + 1
						|| gap.contains("and") && clean.substring(Math.max(0, c.start - 8), c.start)
							.toLowerCase(Locale.ROOT)
							.endsWith("between ");
			}
		}
		for (int i = 0; i < found.size(); i++) {
			CountCandidate c = found.get(i);
			CountCandidate previous = i > 0 ? found.get(i - 1) : null;
			if (c.unit == null && !c.ordinal && previous != null && !previous.ordinal && previous.unit != null
					&& !CountWords.isTimeUnit(previous.unit) && c.start >= previous.unitEnd
					&& CountWords.sameSentence(document, previous.start, c.start)
					&& NAMED_LIST_GAP.matcher(clean.substring(previous.unitEnd, c.start)).matches()
					&& CLAUSE_END.matcher(clean).region(c.end, clean.length()).lookingAt()) {
				// "17 million residents, and Kuwait about 1.9 million."
				c.unit = previous.unit;
				c.unitEnd = c.end;
				continue;
			}
			if (c.unit != null || c.ordinal || c.scaled) {
				continue;
			}
			if (previous != null && !previous.ordinal && previous.unit != null
					&& CountWords.sameSentence(document, previous.start, c.start)
					&& (c.ofThem || c.start >= previous.unitEnd
							&& LIST_GAP.matcher(clean.substring(previous.unitEnd, c.start)).matches()
							&& !clean.startsWith(" per", c.end) && !clean.startsWith(" a ", c.end))) {
				c.unit = previous.unit;
				c.unitEnd = c.end;
				continue;
			}
			if (previous != null && !previous.ordinal && previous.unit != null
					&& CountWords.sameSentence(document, previous.start, c.start)
					&& clean.substring(Math.max(0, previous.start - 5), previous.start).endsWith("from ")
					&& c.start >= previous.unitEnd
					&& TO.matcher(clean.substring(previous.unitEnd, c.start)).matches()) {
				// "from two a month to ten": a change, not a range
				c.unit = previous.unit;
				c.unitEnd = c.end;
				continue;
			}
			CountCandidate opening = openingCount(document, clean, found, i);
			if (opening != null) {
				// "Of the 22 matches ..., twelve ended in defeat, six in victory"
				c.unit = opening.unit;
				c.unitEnd = c.end;
				continue;
			}
			CountCandidate counted = lastCounted(document, found, i);
			Matcher rate = RATE_AFTER.matcher(clean).region(c.end, clean.length());
			if (counted != null && (rate.lookingAt() || parallel(clean, counted, c)
					|| MORE_AFTER.matcher(clean).region(c.end, clean.length()).lookingAt() || placedShare(clean, c))) {
				// "179 tankers at a rate of 15 a year"; "appoint three members ...
				// appoint six."
				c.unit = counted.unit;
				c.unitEnd = c.end;
			}
			else if (counted == null && placedShare(clean, c) && rangeEnd(document, found, i) != null) {
				// "between 3 and 4 million people marched, 750,000 in Leeds": the range
				// is asked by its lower end, yet its upper one names what is counted
				c.unit = rangeEnd(document, found, i).unit;
				c.unitEnd = c.end;
			}
			else if (counted == null && rate.lookingAt()) {
				// "two a month": so many things, whichever, per month
				c.unit = "per " + rate.group(1).toLowerCase(Locale.ROOT);
				c.unitEnd = rate.end();
			}
		}
	}

	/**
	 * "drew 4,000 people in all, 750 in Leeds and 600 in York": a bare number set off as
	 * a list's item and placed somewhere counts the things counted before it in the
	 * sentence.
	 */
	private static boolean placedShare(String clean, CountCandidate c) {
		return PLACED_SHARE_BEFORE.matcher(clean.substring(Math.max(0, c.start - 20), c.start)).find()
				&& PLACE_AFTER.matcher(clean).region(c.end, clean.length()).lookingAt();
	}

	/**
	 * "Of the 22 matches where ...": the count a sentence opens with, before the i-th.
	 */
	static CountCandidate openingCount(DocumentText document, String clean, List<CountCandidate> found, int i) {
		Sentence sentence = document.sentenceAt(found.get(i).start);
		if (sentence == null) {
			return null;
		}
		for (int k = i - 1; k >= 0 && found.get(k).start >= sentence.start(); k--) {
			CountCandidate p = found.get(k);
			if (!p.ordinal && p.unit != null && !CountWords.isTimeUnit(p.unit)
					&& OF_THE_COUNT.matcher(clean.substring(sentence.start(), p.start)).matches()
					&& clean.indexOf(',', p.unitEnd) >= 0 && clean.indexOf(',', p.unitEnd) < found.get(i).start) {
				return p;
			}
		}
		return null;
	}

	/** The nearest upper end of a range of things before the i-th, in its sentence. */
	private static CountCandidate rangeEnd(DocumentText document, List<CountCandidate> found, int i) {
		for (int k = i - 1; k >= 0 && CountWords.sameSentence(document, found.get(k).start, found.get(i).start); k--) {
			CountCandidate p = found.get(k);
			if (p.upperBound && p.countsThings()) {
				return p;
			}
		}
		return null;
	}

	/** The nearest count of things (not of time) before the i-th, in its sentence. */
	static CountCandidate lastCounted(DocumentText document, List<CountCandidate> found, int i) {
		for (int k = i - 1; k >= 0; k--) {
			CountCandidate p = found.get(k);
			if (!CountWords.sameSentence(document, p.start, found.get(i).start)) {
				return null;
			}
			if (!p.ordinal && p.unit != null && !p.upperBound && !CountWords.isTimeUnit(p.unit)) {
				return p;
			}
		}
		return null;
	}

	/**
	 * "will appoint three members ..., and the government will appoint six.": the same
	 * verb before both numbers, the second ending its clause.
	 */
	static boolean parallel(String clean, CountCandidate counted, CountCandidate bare) {
		Matcher before = LAST_WORD.matcher(clean.substring(Math.max(0, bare.start - 30), bare.start));
		Matcher earlier = LAST_WORD
			.matcher(BOUND_BEFORE.matcher(clean.substring(Math.max(0, counted.start - 40), counted.start))
				.replaceFirst(" "));
		Matcher range = BARE_RANGE_END.matcher(clean).region(bare.end, clean.length());
		int end = range.lookingAt() ? range.end() : bare.end;
		return before.find() && earlier.find() && before.group(1).equalsIgnoreCase(earlier.group(1))
				&& !Nouns.FUNCTION_WORDS.contains(before.group(1).toLowerCase(Locale.ROOT))
				&& CLAUSE_END.matcher(clean).region(end, clean.length()).lookingAt();
	}

}
