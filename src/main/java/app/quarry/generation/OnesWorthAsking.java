package app.quarry.generation;

import java.util.regex.Pattern;

/**
 * Whether a count of one says something: "one person", "one of them" are too plain to
 * ask, but a single unit of measure ("a one-day trip"), a toll ("killed one hiker", "one
 * climber was killed") is news.
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

	/** "a bombing that killed one person": a toll of one is news, not a plain "one". */
	private static final Pattern TOLL_BEFORE = Pattern
		.compile("(?i)\\b(?:kill|injur|wound|maim)(?:ed|ing|es|s)?\\s+(?:only\\s+|just\\s+|at\\s+least\\s+)?$");

	/**
	 * "one person was killed": a toll of one told before its verb, worth asking after the
	 * event it follows ("A bomb explodes. One person is killed."); alone it says not
	 * where.
	 */
	private static final Pattern TOLL_AFTER = Pattern.compile(
			"(?i)\\s+[a-z]+\\s+(?:is|was|were|has\\s+been|have\\s+been|had\\s+been)\\s+(?:reportedly\\s+|also\\s+)?"
					+ "(?:killed|dead|injured|wounded|hurt|missing)\\b");

	/**
	 * "received only one cancellation", "just one vote": a one singled out is the point
	 * of the sentence, not a plain "one".
	 */
	private static final Pattern ONLY_BEFORE = Pattern.compile("(?i)\\b(?:only|just|exactly)\\s+$");

	/**
	 * "followed by one day", "closed for one day", "within one minute": a span of one
	 * day, told by the word before it, is a length and not "some day"; "fell 600 points
	 * in one day" says "on a single day".
	 */
	private static final Pattern SPAN_BEFORE = Pattern.compile("(?i)\\b(?:by|for|within)\\s+$");

	/** "never rested for one minute": "not at all", said in its clause before the one. */
	private static final Pattern NEGATED = Pattern.compile("(?i)(?:\\bnever\\b|\\bnot\\b|n[’']t\\b)[^,;]*$");

	private static final Pattern SHORT_SPAN_AFTER = Pattern.compile("\\s+(?:day|minute|second)\\b");

	private OnesWorthAsking() {
	}

	/** Whether the "one" at [from, to) of the sentence is worth a question. */
	static boolean worthAsking(String sentence, int from, int to) {
		return ONE_MEASURED.matcher(sentence).region(to, sentence.length()).lookingAt()
				|| TOLL_BEFORE.matcher(sentence).region(0, from).find()
				|| ONLY_BEFORE.matcher(sentence).region(0, from).find()
				|| SHORT_SPAN_AFTER.matcher(sentence).region(to, sentence.length()).lookingAt()
						&& SPAN_BEFORE.matcher(sentence).region(0, from).find()
						&& !NEGATED.matcher(sentence).region(0, from).find()
				|| from > 0 && TOLL_AFTER.matcher(sentence).region(to, sentence.length()).lookingAt();
	}

}
