package app.quarry.generation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a count of one says something: "one person", "one of them" are too plain to
 * ask, but a single unit of measure ("a one-day trip"), a margin ("a one-goal lead"), a
 * toll ("killed one hiker", "one climber was killed"), the last part of a whole told in
 * parts ("five stayed, three left and at least one died"), a rate ("one share for each
 * share held") or one more of the things counted is news, as are a one that opens a list
 * of counts ("one juror and six alternates"), one besides those named, and a one set
 * against another's count ("to her rival's one"); "the only one of" is a pronoun, though
 * "the one-hour mark" is a measure.
 */
final class OnesWorthAsking {

	/**
	 * "one foot", "a one-day trip", "one year": a single unit of measure or time is worth
	 * asking; "one day" alone is as often "some day", and "not for one minute" is
	 * "never".
	 */
	private static final Pattern ONE_MEASURED = Pattern
		.compile("(?:-|\\s+)(?:foot|inch|mile|meter|metre|kilometer|kilometre|yard|acre|ton|tonne|gallon|liter|litre"
				+ "|ounce|gram|hour|week|month|year|decade|century)\\b|-(?:day|minute|second)\\b");

	/**
	 * "a one-goal lead", "a one-seat majority", "a one-run win": a margin of one unit
	 * tells how close a contest stands, the news of the sentence; "a one-sided win" is no
	 * margin.
	 */
	private static final Pattern ONE_UNIT_MARGIN = Pattern.compile("-(?![a-z]+ed\\b)[a-z]{3,}\\s+(?:lead|advantage"
			+ "|margin|win|victory|defeat|loss|deficit|majority|edge|cushion|gap)\\b");

	/** "a bombing that killed one person": a toll of one is news, not a plain "one". */
	private static final Pattern TOLL_BEFORE = Pattern
		.compile("(?i)\\b(?:kill|injur|wound|maim)(?:ed|ing|es|s)?\\s+(?:only\\s+|just\\s+|at\\s+least\\s+)?$");

	/**
	 * "the killing of one reporter", "the deaths of just one climber": a toll of one told
	 * by the noun of the deed; "the death of one of them" names a part, no toll.
	 */
	private static final Pattern NAMED_TOLL_BEFORE = Pattern
		.compile("(?i)\\b(?:killings?|murders?|deaths?|shootings?|kidnappings?|abductions?)\\s+of\\s+"
				+ "(?:only\\s+|just\\s+|at\\s+least\\s+)?$");

	/**
	 * "one person was killed", "one person is said to be in a serious condition": a toll
	 * of one told before its verb, worth asking after the event it follows ("A bomb
	 * explodes. One person is killed."); alone it says not where.
	 */
	private static final Pattern TOLL_AFTER = Pattern.compile(
			"(?i)\\s+[a-z]+\\s+(?:is|was|were|has\\s+been|have\\s+been|had\\s+been)\\s+(?:reportedly\\s+|also\\s+)?"
					+ "(?:(?:reported|said|believed|thought|known)\\s+to\\s+(?:be|have\\s+been)\\s+)?"
					+ "(?:killed|dead|injured|wounded|hurt|missing|in\\s+(?:a\\s+)?(?:critical|serious|grave)\\s+condition)\\b");

	/**
	 * "received only one cancellation", "just one vote": a one singled out is the point
	 * of the sentence, not a plain "one".
	 */
	private static final Pattern ONLY_BEFORE = Pattern.compile("(?i)\\b(?:only|just|exactly)\\s+$");

	/**
	 * "the only one of the four cups", "the one": a pronoun for a thing singled out, no
	 * count of it.
	 */
	private static final Pattern PRONOUN_BEFORE = Pattern.compile("(?i)\\bthe\\s+(?:only\\s+)?$");

	/**
	 * "one juror and six alternates", "one rifle, two pistols": a one that opens a list
	 * of counts of things, each told by its noun.
	 */
	private static final Pattern FIRST_OF_PARTS_AFTER = Pattern
		.compile("(?i)\\s+\\p{L}[\\p{L}-]*\\s*(?:,\\s*|\\s+and\\s+)"
				+ "(?:\\d{1,3}(?:,\\d{3})*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\\s+dozen|dozens"
				+ "|\\p{L}+teen|twenty|thirty|forty|fifty)\\s+\\p{L}");

	/**
	 * "one guard hurt his arm, and two others were treated": a one that opens a clause of
	 * its own, told beside the next count after ", and"; "one day" or "one thing" is no
	 * part, nor is "in one case" or "at one stage".
	 */
	private static final Pattern FIRST_OF_TOLD_PARTS_AFTER = Pattern.compile(
			"(?i)\\s+(?!(?:day|time|way|thing|of|more|another|side|hand|point|reason|case|stage|night|instance|example|occasion|moment|year|week|month)\\b)\\p{L}[\\p{L}-]*"
					+ "(?:\\s+[\\p{L}’'-]+){1,5}?\\s*,\\s*and\\s+(?:\\d{1,3}(?:,\\d{3})*|two|three|four|five|six|seven|eight"
					+ "|nine|ten|eleven|twelve|dozens|\\p{L}+teen|twenty|thirty|forty|fifty)\\s+\\p{L}");

	/**
	 * "one woman besides the victim", "one player other than the captain": one more than
	 * those named, told as news.
	 */
	private static final Pattern BESIDES_AFTER = Pattern
		.compile("(?i)\\s+[\\p{L}-]+\\s+(?:besides|apart\\s+from|other\\s+than|in\\s+addition\\s+to|aside\\s+from)\\s");

	/**
	 * "to her rival's one", "to the hosts' one": a one set against the count of another.
	 */
	private static final Pattern SET_AGAINST_BEFORE = Pattern
		.compile("(?i)\\bto\\s+(?:(?:the|his|her|its|their)\\s+)?(?:\\p{L}[\\p{L}.’'-]*\\s+){0,2}?"
				+ "\\p{L}[\\p{L}.-]*(?:['’]s|s['’])\\s+$");

	/**
	 * "followed by one day", "closed for one day", "within one minute": a span of one
	 * day, told by the word before it, is a length and not "some day"; "fell 600 points
	 * in one day" says "on a single day".
	 */
	private static final Pattern SPAN_BEFORE = Pattern.compile("(?i)\\b(?:by|for|within)\\s+$");

	/** "never rested for one minute": "not at all", said in its clause before the one. */
	private static final Pattern NEGATED = Pattern.compile("(?i)(?:\\bnever\\b|\\bnot\\b|n[’']t\\b)[^,;]*$");

	private static final Pattern SHORT_SPAN_AFTER = Pattern.compile("\\s+(?:day|minute|second)\\b");

	/**
	 * ", three remain in port and one", "twelve are held at home while one": a one that
	 * closes a list of parts, after a conjunction.
	 */
	private static final Pattern LAST_OF_PARTS_BEFORE = Pattern
		.compile("(?i)(?:,\\s*|\\s)(?:and|while|but)\\s+(?:at\\s+least\\s+|only\\s+|just\\s+)?$");

	/**
	 * A number earlier in the sentence that the one is listed with: digits (not a year's
	 * four) or a number word.
	 */
	private static final Pattern NUMBER_BEFORE = Pattern
		.compile("(?i)(?<![\\w.,$€£#-])(?:\\d{1,3}(?:,\\d{3})*(?!\\d|[.,]\\d|\\s?%)"
				+ "|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
				+ "|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozen)(?![\\w-])");

	/**
	 * "and one of the others", "and one day", "but one thing": a part named again, a day
	 * or a thing, no part counted; "three attacks in the north and one near the coast": a
	 * one told only by where it is, an aside to the count before it rather than a part
	 * with its own verb.
	 */
	private static final Pattern NO_PART_AFTER = Pattern
		.compile("(?i)\\s+(?:of|another|day|time|way|thing|things|side|hand|point|reason|or|by|after|at|in|near|on"
				+ "|from|to|with|for|outside|inside|under|over|into|across|along|around)\\b");

	/**
	 * "one share of a new stock for each share held", "one seat in each district": a one
	 * given for, or found in, each single one of something else, in its clause. In "one
	 * right for each 105 shares" or "one doctor per 1,000 people" the rate's count is the
	 * number after it, not the one.
	 */
	private static final Pattern FOR_EACH_AFTER = Pattern.compile(
			"(?i)(?:\\s+[\\p{L}-]+){1,7}?\\s+(?:(?:for|in|at|on)\\s+(?:each|every)|per)\\s+(?!\\d|(?:two|three|four|five|six"
					+ "|seven|eight|nine|ten|eleven|twelve|twenty|fifty|a\\s+hundred|hundred|a\\s+thousand|thousand|dozen)\\b)\\p{L}");

	/**
	 * "He added one more today.": one more of the things counted, with no noun of its own
	 * ("one more time" is another idiom).
	 */
	private static final Pattern ONE_MORE_AFTER = Pattern
		.compile("(?i)\\s+more(?=\\s*(?:[.,;:]|$)|\\s+(?:today|yesterday|on|in|last|this|next)\\b)");

	/**
	 * "his two brothers, one older and one younger", "the two climbers, one Westrian and
	 * one Dutch": ones that break down the count just told, which is the count to ask.
	 */
	private static final Pattern BREAKDOWN_BEFORE = Pattern
		.compile("(?i)\\b(?:two|three|[23])\\s+(?:[\\p{L}-]+\\s+){0,2}?[\\p{L}-]*(?:s|ren|men|people),\\s+"
				+ "(?<first>(?:one|an?)\\s+[\\p{L}-]+(?:\\s+and|,)\\s+)?$");

	/** " son and one", " Westrian, one": the next part of a breakdown after its first. */
	private static final Pattern NEXT_PART_AFTER = Pattern.compile("(?i)\\s+[\\p{L}-]+(?:\\s+and|,)\\s+(?:one|an?)\\s");

	private OnesWorthAsking() {
	}

	/** Whether the "one" at [from, to) of the sentence is worth a question. */
	static boolean worthAsking(String sentence, int from, int to) {
		if (PRONOUN_BEFORE.matcher(sentence).region(0, from).find()
				&& !(to < sentence.length() && sentence.charAt(to) == '-')) {
			// "the only one Acme kept": the one is a pronoun; in "the one-hour mark"
			// it measures the noun joined to it
			return false;
		}
		if (breaksDown(sentence, from, to)) {
			return false; // "two brothers, one older and one younger": the two is counted
		}
		// a "once" is read as a count only where "only" or a span singles it out
		return sentence.regionMatches(true, from, "once", 0, to - from) && to - from == 4
				|| ONE_MEASURED.matcher(sentence).region(to, sentence.length()).lookingAt()
				|| ONE_UNIT_MARGIN.matcher(sentence).region(to, sentence.length()).lookingAt()
				|| TOLL_BEFORE.matcher(sentence).region(0, from).find()
				|| NAMED_TOLL_BEFORE.matcher(sentence).region(0, from).find()
						&& !sentence.regionMatches(true, to, " of ", 0, 4)
				|| ONLY_BEFORE.matcher(sentence).region(0, from).find()
				|| SHORT_SPAN_AFTER.matcher(sentence).region(to, sentence.length()).lookingAt()
						&& SPAN_BEFORE.matcher(sentence).region(0, from).find()
						&& !NEGATED.matcher(sentence).region(0, from).find()
				|| from > 0 && TOLL_AFTER.matcher(sentence).region(to, sentence.length()).lookingAt()
				|| lastOfParts(sentence, from, to)
				|| FOR_EACH_AFTER.matcher(sentence).region(to, sentence.length()).lookingAt()
				|| ONE_MORE_AFTER.matcher(sentence).region(to, sentence.length()).lookingAt()
				|| FIRST_OF_PARTS_AFTER.matcher(sentence).region(to, sentence.length()).lookingAt()
				|| FIRST_OF_TOLD_PARTS_AFTER.matcher(sentence).region(to, sentence.length()).lookingAt()
				|| BESIDES_AFTER.matcher(sentence).region(to, sentence.length()).lookingAt()
				|| SET_AGAINST_BEFORE.matcher(sentence).region(0, from).find()
						&& NUMBER_BEFORE.matcher(sentence).region(0, from).find();
	}

	/**
	 * Whether the one is a part of a breakdown of the count told just before it: the
	 * first part, with the next after it, or a part after the first.
	 */
	private static boolean breaksDown(String sentence, int from, int to) {
		Matcher m = BREAKDOWN_BEFORE.matcher(sentence).region(0, from);
		return m.find() && (m.group("first") != null
				|| NEXT_PART_AFTER.matcher(sentence).region(to, sentence.length()).lookingAt());
	}

	/**
	 * "Of the nine cousins, six moved away, two stayed and one died": the one closes a
	 * list whose other parts are numbers told before it in the sentence.
	 */
	private static boolean lastOfParts(String sentence, int from, int to) {
		return LAST_OF_PARTS_BEFORE.matcher(sentence).region(0, from).find()
				&& NUMBER_BEFORE.matcher(sentence).region(0, from).find()
				&& !NO_PART_AFTER.matcher(sentence).region(to, sentence.length()).lookingAt();
	}

}
