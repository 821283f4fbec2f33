package app.quarry.generation.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a number with no noun after it stands for: a part of things named next ("six of
 * these aircraft") or told before ("25,000 of them"), a part of what the next number
 * counts ("eight of the top ten teams"), or an age. Apart from {@link CardinalUnits}
 * because these readings look at the words around the number instead of a noun.
 */
final class BareNumberReadings {

	/** "out of which twenty-five", "of whom six": a part of the things counted before. */
	static final Pattern PART_BEFORE = Pattern.compile("(?i)\\b(?:out\\s+of|of)\\s+(?:which|whom)\\s+$");

	/** "six of 10 Americans", "one in 100": a share told as a part of a round number. */
	static final Set<String> RATIO_BASES = Set.of("10", "ten", "100");

	/**
	 * " of the ", " of the company's ": a part of something, with nothing yet said of
	 * what.
	 */
	static final Pattern BARE_PART = Pattern
		.compile("\\s+of\\s+(?:(?:the\\s+)?\\p{L}[\\p{L}.&-]*[’']s|the|its|their|these|those)\\s+");

	/** "six of these aircraft", "two of those ships": a part of the things named next. */
	private static final Pattern OF_THESE = Pattern.compile("\\s+of\\s+(?:these|those)\\s+(?=\\p{Ll})");

	/**
	 * " of the top ": the best of a kind, which a number after "top" may count instead.
	 */
	private static final Pattern TOP_AFTER = Pattern.compile("\\stop\\s+$");

	static final Pattern OF_THEM = Pattern.compile("\\s+of\\s+(?:them|those|these)\\b");

	static final Pattern OF_WHOSE = Pattern.compile("\\s+of\\s+(?:the|its|their|his|her|our|[A-Z][\\w.&-]*[’']s)\\s");

	static final Pattern OF_WORD = Pattern.compile("\\s+of\\s+\\S+");

	private BareNumberReadings() {
	}

	/**
	 * Reads into the candidate what the bare number at {@code end} stands for, if
	 * anything.
	 */
	static void read(CountCandidate c, String clean, int end, String rest, String before, String lowerBefore) {
		long value = c.value;
		String these = unitOfThese(clean, rest, end, value);
		if (these != null) {
			c.unit = these;
		}
		else if (OF_THEM.matcher(rest).lookingAt() || PART_BEFORE.matcher(before).find()) {
			c.ofThem = true;
		}
		else if (AgesWithoutUnits.afterAgeWords(value, before, rest)) {
			c.unit = "year";
		}
		else if (partOfNext(clean, end)) {
			c.partOfNext = true;
		}
		else if (OF_WHOSE.matcher(rest).lookingAt()) {
			Matcher of = OF_WORD.matcher(rest);
			if (of.lookingAt()) {
				c.unit = CountedNouns.cardinalUnit(CountWords.wordsAfter(clean, end + of.end()), value, "");
			}
		}
		else if (AgesWithoutUnits.setOffAfterPerson(value, before, lowerBefore, rest)) {
			// "Jane Roe, 20; Tom Hale, 19": a list of people set off by semicolons
			// gives each one's age as a comma would
			c.unit = "year";
		}
	}

	/**
	 * "six of these aircraft", "two of those ships": "these" points at the things the
	 * noun after it names, which the number counts; "six of these were sold" has no such
	 * noun and counts the things told of before.
	 */
	private static String unitOfThese(String clean, String rest, int end, long value) {
		Matcher of = OF_THESE.matcher(rest);
		return of.lookingAt() ? CountedNouns.cardinalUnit(CountWords.wordsAfter(clean, end + of.end() - 1), value, "")
				: null;
	}

	/**
	 * "eight of the top ten teams": a part of what the next number counts, which must
	 * follow; "six of the cases" counts cases.
	 */
	private static boolean partOfNext(String clean, int end) {
		Matcher part = CardinalUnits.PART_OF_NEXT.matcher(clean).region(end, clean.length());
		if (!part.lookingAt()) {
			return false;
		}
		if (part.group("owner") != null && !BARE_PART.matcher(part.group()).matches()) {
			// "one of the first studies", "75 of its more than 6,000 jobs"; "eleven of
			// the top players" with no number after "top" counts the players
			return !TOP_AFTER.matcher(part.group()).find() || CountWords
				.isNumberWord(CountWords.wordsAfter(clean, part.end() - 1).stream().findFirst().orElse("x"));
		}
		// "four of six design projects", "six of the cases": a number must follow; "six
		// of
		// 10 Americans" is a share, as a poll gives it
		List<String> next = CountWords.wordsAfter(clean, part.end() - 1);
		return !next.isEmpty() && CountWords.isNumberWord(next.get(0))
				&& !(part.group("owner") == null && RATIO_BASES.contains(next.get(0).toLowerCase(Locale.ROOT)));
	}

}
