package app.quarry.generation.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words at which a date may begin, so that the long expression of
 * {@link DateExpressions} is tried at a few places, not at every word.
 */
final class DateTriggers {

	/**
	 * The words that may follow the commonest triggers in a date: "the" begins one only
	 * before "year", "past", "first", a number..., "a" only before a unit or "few",
	 * "this" only before a unit, a season, a month or a weekday. Trying the whole
	 * alternation after every "the" was most of the finder's time. A new kind of date
	 * that begins with one of these words needs the words it may go on with added here.
	 */
	private static final Map<String, Set<String>> NEXT_WORDS = nextWords();

	/** Words that may begin a date or duration (besides digits). */
	static final Set<String> TRIGGERS = triggers();

	/** Stands for any word that begins with a digit among the words that may follow. */
	private static final String DIGIT = "0";

	private DateTriggers() {
	}

	private static Map<String, Set<String>> nextWords() {
		Set<String> afterThe = new HashSet<>(List.of("very", "early", "late", "weekend", "mid", "end", "start",
				"beginning", "middle", "close", "first", "second", "third", "fourth", "coming", "past", "following",
				"this", "last", "next", "year", "fiscal", "latest", "most", "recent", "current", "same", "previous",
				"comparable", "corresponding", "quarter", "final", "full", "entire", "whole", "day", "week", "month",
				"prior", "preceding", "near", "short", "long", "distant", "time", "present", "future", "years", DIGIT));
		afterThe.addAll(List.of(NumberWords.ORDINAL_REGEX.split("[^a-z]+")));
		afterThe.addAll(Years.DECADE_WORDS);
		Set<String> afterA = Set.of("day", "days", "week", "weeks", "month", "months", "year", "years", "decade",
				"decades", "hour", "hours", "minute", "minutes", "few", "more", "full", "additional", "whole",
				"hundred", "thousand", "dozen", "couple", "later", "future");
		// "this year", "this past week", "This March", "this fiscal quarter"
		Set<String> afterThis = new HashSet<>(List.of("past", "year", "fiscal", "quarter", "morning", "afternoon",
				"evening", "week", "weekend", "month", "spring", "summer", "autumn", "fall", "winter"));
		for (String name : (DateExpressions.MONTH + "|" + DateExpressions.WEEKDAY).replace("\\.", "").split("\\|")) {
			afterThis.add(name.toLowerCase(Locale.ROOT));
		}
		return Map.of("the", Set.copyOf(afterThe), "a", afterA, "an", afterA, "that", Set.of("year", "day", "same"),
				"as", Set.of("soon"), "this", Set.copyOf(afterThis),
				// "New Year's Day" (not "New York"), "more recently" (not "more people")
				"new", Set.of("year"), "more", Set.of("recently"));
	}

	/**
	 * Whether a date may begin at a trigger word, by the word after it (see
	 * {@link #NEXT_WORDS}); true for a trigger without such a list. A number is looked at
	 * by {@link NumberStarts}.
	 */
	static boolean mayStart(String text, int at) {
		if (Character.isDigit(text.charAt(at))) {
			return NumberStarts.mayStart(text, at);
		}
		int n = text.length();
		int i = at;
		while (i < n && Character.isLetter(text.charAt(i))) {
			i++;
		}
		Set<String> next = NEXT_WORDS.get(text.substring(at, i).toLowerCase(Locale.ROOT));
		if (next == null) {
			return true;
		}
		while (i < n && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\u00a0')) {
			i++;
		}
		if (i >= n) {
			return false;
		}
		if (Character.isDigit(text.charAt(i))) {
			return next.contains(DIGIT);
		}
		int from = i;
		while (i < n && Character.isLetter(text.charAt(i))) {
			i++;
		}
		return i > from && next.contains(text.substring(from, i).toLowerCase(Locale.ROOT));
	}

	private static Set<String> triggers() {
		Set<String> words = new HashSet<>();
		for (String w : (DateExpressions.MONTH + "|" + DateExpressions.WEEKDAY).replace("\\.", "").split("\\|")) {
			words.add(w);
		}
		for (String w : List.of("yesterday", "today", "tomorrow", "tonight", "earlier", "later", "last", "next", "this",
				"the", "that", "year", "latest", "nineteen", "eighteen", "two", "comparable", "a", "an", "one", "two",
				"three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
				"fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty",
				"fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "dozen", "early", "late", "mid",
				"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "final",
				"fiscal", "now", "currently", "nowadays", "presently", "spring", "summer", "autumn", "fall", "winter",
				"AD", "A", "FY", "c", "ca", "christmas", "new", "boxing", "halloween", "thanksgiving", "election",
				"noon", "midnight", "midday", "every", "each", "daily", "weekly", "monthly", "annually", "yearly",
				"hourly", "nightly", "several", "few", "recent", "recently", "more", "coming", "current", "these",
				"many", "soon", "as", "minute", "hour", "day", "week", "morning", "afternoon", "evening", "month",
				"minutes", "hours", "days", "weeks", "months", "quarters", "years", "decades", "centuries", "single",
				"eve")) {
			words.add(w);
			words.add(Character.toUpperCase(w.charAt(0)) + w.substring(1));
		}
		return Set.copyOf(words);
	}

}
