package app.quarry.generation.extract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The words of dates, durations and times as one expression, tried at each word that may
 * begin one: every kind of expression is an alternative whose named group tells the
 * readers ({@link CalendarDates}, {@link Years}, {@link RelativeDates},
 * {@link ReportedPeriods}, {@link VagueTimes}, {@link TimesOfDay}) that it is theirs.
 */
final class DateExpressions {

	static final String MONTH = "January|February|March|April|May|June|July|August|September|October|November|December"
			+ "|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept\\.|Sep\\.|Oct\\.|Nov\\.|Dec\\."
			+ "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";

	static final String FULL_MONTH = "January|February|March|April|May|June|July|August|September|October|November|December";

	static final String WEEKDAY = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

	/** A day of the month: 1 to 31, never the start of a longer number. */
	static final String DAY = "(?:3[01]|[12]\\d|0?[1-9])(?!\\d)";

	/**
	 * The year of a day or month said by its relation to another: "of that year", "of the
	 * following year", or "this year", "last year" just after it ("in July last year").
	 */
	static final String THAT_YEAR = "(?:\\s+of\\s+(?:that|the same|next|last|this|the following|the previous)\\s+year"
			+ "|,?\\s+(?:this|last|next)\\s+year\\b(?!['’]))";

	/**
	 * A unit of time, its plural, or the singular before a hyphen ("a several-year
	 * tenure").
	 */
	static final String VAGUE_UNIT = "(?:minute|hour|day|week|month|quarter|year|decade|centur(?:y|ie))s?\\b";

	/**
	 * A year said in words after a month or season, as a broadcast transcript writes it:
	 * "January nineteen ninety-seven".
	 */
	static final String SPOKEN_YEAR = "(?:[Nn]ineteen|[Ee]ighteen)\\s+(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
			+ "(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen"
			+ "|sixteen|seventeen|eighteen|nineteen|oh[\\s-](?:one|two|three|four|five|six|seven|eight|nine))";

	/** The years after two thousand, as speech says them: "two thousand and one". */
	static final String AFTER_TWO_THOUSAND = "(?:twenty(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
			+ "|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
			+ "|seventeen|eighteen|nineteen)";

	/**
	 * A count in words, capitalised too where it opens a sentence ("Twelve years ago").
	 */
	static final String SPOKEN_COUNT = "(?i:" + NumberWords.CARDINAL_REGEX + ")";

	/** A count of units in digits or words: "60", "1,000", "six", "twenty-five". */
	static final String COUNT = "\\d{1,3}(?:,\\d{3})*|" + SPOKEN_COUNT
			+ "|(?i:one|two|three|four|five|six|seven|eight|nine|ten)";

	static final String SMALL_NUMBER = "\\d{1,3}|(?i:an?)|" + SPOKEN_COUNT
			+ "|(?i:one|two|three|four|five|six|seven|eight|nine|ten)";

	/**
	 * A modifier kept in a date's words without changing its value ("early December",
	 * "mid-2011", "the end of last year"), or the half of a year that does change it
	 * ("the last half of 1989", "the first two quarters of 1990").
	 */
	static final String MODIFIER = "(?:(?<mod>(?:[Tt]he\\s+)?(?:(?:very\\s+)?(?:[Ee]arly|[Ll]ate|[Mm]id)(?:-|\\s+)"
			+ "|(?:[Ee]nd|[Ss]tart|[Bb]eginning|[Mm]iddle|[Cc]lose)\\s+of\\s+))"
			+ "|(?<half>(?:[Tt]he\\s+)?(?:(?:first|second|last|latter)\\s+half|(?:first|last)\\s+two\\s+quarters)\\s+of\\s+))?";

	/**
	 * A word that ends its phrase: "the day before." but not "the day before the vote".
	 */
	static final String ALONE = "(?=\\s*(?:[,.;:!?)\"”]|$))";

	/**
	 * Each kind of expression, as one alternative of {@link #DATES}: those a calendar
	 * places first, then those placed by their relation to another time.
	 */
	static final List<String> KINDS = Stream.concat(CalendarDateKinds.KINDS.stream(), RelativeTimeKinds.KINDS.stream())
		.toList();

	/**
	 * The kinds of expression as one, tried at each word that may begin one; each kind
	 * behind a look at its first character, which spares trying it where it cannot begin.
	 */
	static final Pattern DATES = Pattern.compile(MODIFIER + "(?:" + FirstChars.guarded(KINDS) + ")");

	/** A length of time alone, for words that looked like a date counted from another. */
	static final Pattern DURATION = Pattern.compile(("(?<dn>\\d{1,3}(?:,\\d{3})*|(?i:an?)|" + SPOKEN_COUNT
			+ "|(?i:one|two|three|four|five|six|seven|eight|nine|ten))[\\s-]+(?<du>days?|weeks?|months?|years?|decades?)\\b"));

	private DateExpressions() {
	}

	static int month(String name) {
		String n = name.toLowerCase(Locale.ROOT);
		return switch (n.substring(0, 3)) {
			case "jan" -> 1;
			case "feb" -> 2;
			case "mar" -> 3;
			case "apr" -> 4;
			case "may" -> 5;
			case "jun" -> 6;
			case "jul" -> 7;
			case "aug" -> 8;
			case "sep" -> 9;
			case "oct" -> 10;
			case "nov" -> 11;
			default -> 12;
		};
	}

	static int num(String digits) {
		return Integer.parseInt(digits);
	}

	static LocalDate date(int year, int month, int day) {
		if (month < 1 || month > 12 || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
			return null;
		}
		return LocalDate.of(year, month, day);
	}

}
