package app.quarry.generation.extract;

/**
 * "turns 60 next week", "died at the age of 81 last May", "turned 40 on Friday": a time
 * told right after an age says when the person reached it; it is no noun the number
 * counts, so the age still ends its clause.
 */
final class TimesAfterAges {

	private TimesAfterAges() {
	}

	private static final String DAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

	private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October"
			+ "|November|December)";

	/**
	 * "next week", "last May", "later this month", "earlier this year", "on Friday",
	 * "this spring": the time, up to its noun, which must end a word.
	 */
	static final String REGEX = "\\s+(?:(?:next|last|this|later\\s+this|earlier\\s+this|later\\s+that|earlier\\s+that)\\s+"
			+ "(?:week|month|year|spring|summer|autumn|fall|winter|" + DAY + "|" + MONTH + ")|on\\s+" + DAY
			+ "|later\\s+in\\s+" + MONTH + ")\\b";

}
