package app.quarry.generation.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static app.quarry.generation.extract.DateExpressions.num;

/**
 * Years and longer spans: "1957", "1957-58", "the 1990s", "the 190s", "the fifth century
 * BC", "44 BC", "AD 79", "fiscal 2009", "nineteen ninety-seven", "the year two thousand
 * and one", "that year".
 */
final class Years {

	/**
	 * The decades said in words, from the twenties; "the noughties", last, are the 2000s.
	 */
	static final List<String> DECADE_WORDS = List.of("twenties", "thirties", "forties", "fifties", "sixties",
			"seventies", "eighties", "nineties", "noughties");

	/** "The 1800s": a hundred years, not the decade of "the 1850s". */
	private static final Pattern HUNDREDS = Pattern.compile("1\\d00");

	/**
	 * A capitalized word just before a year, not at its sentence's start and not one that
	 * places the year ("In", "March", "Fiscal"): with a capitalized word or a comma after
	 * it, the year is part of a name, "the Russell 2000 Index", "Orion 1980, a venture".
	 */
	private static final Pattern NAME_BEFORE = Pattern.compile("(?<![.!?:;\"“(]\\s|^)(?<!\\n)\\b(?!(?:"
			+ DateExpressions.MONTH + "|" + DateExpressions.WEEKDAY + "|In|By|Since|Until|From|During|Through|After"
			+ "|Before|Of|For|At|On|And|The|To|As|Late|Early|Mid|Spring|Summer|Fall|Autumn|Winter|Christmas|Easter"
			+ "|Fiscal|FY|Year|Years|Class|AD|A\\.D\\.|Around|About|Circa)\\s)\\p{Lu}[\\p{L}]*\\s+$");

	private static final Pattern NAME_AFTER = Pattern.compile("[ \\t\\u00a0]+\\p{Lu}|,");

	/**
	 * A noun that numbers what it names: "Flight 1907", "Route 1960", "room 2001". The
	 * digits are the thing's number, whatever the case or the words after them.
	 */
	private static final Pattern NUMBERED_BEFORE = Pattern
		.compile("(?i)\\b(?:flight|route|highway|interstate|room|gate|platform|suite|apartment|bus|pier|berth|terminal"
				+ "|exit|no\\.|number)\\s+$");

	/** "since" and at most four words before a year: "since its launch in ". */
	private static final Pattern SINCE_BEFORE = Pattern.compile("\\b[Ss]ince\\s+(?:[\\p{L}'’-]+\\s+){0,4}$");

	/** Words that make "the seventies" a temperature: "highs in the seventies". */
	private static final Pattern WEATHER = Pattern
		.compile("(?i)\\b(?:temperatures?|highs?|lows?|degrees|thermometers?|fahrenheit|celsius|heat)\\b");

	/** The latest year a text with no date and no year named is taken to reach. */
	private static final int LAST_CENTURY_END = 1999;

	private final DateRun run;

	Years(DateRun run) {
		this.run = run;
	}

	static boolean reads(Matcher m) {
		return m.group("dec") != null || m.group("dec2") != null || m.group("dec4") != null || m.group("decw") != null
				|| m.group("y2") != null || m.group("y3") != null || m.group("dec3") != null || m.group("ca") != null
				|| m.group("cen") != null || m.group("bc") != null || m.group("ad") != null || m.group("fy") != null
				|| m.group("spy") != null || m.group("yr") != null || m.group("yth") != null;
	}

	/**
	 * "the 70s and 80s", "the 1960s and 1970s": two decades in a row joined by "and" are
	 * one span of twenty years, as a reader takes "the films of the 50s and 60s". Decades
	 * apart ("the 60s and 80s") are not one span: the first is read alone, its "s" with
	 * it.
	 */
	private Fact twoDecades(Matcher m, int s, int e, int first, int next, String firstGroup) {
		if (next == first + 10) {
			return this.run.dateFact(s, e, CalendarSpans.iso(first) + "/" + CalendarSpans.iso(next + 9), false);
		}
		int end = m.end(firstGroup);
		String rest = m.group().substring(end - m.start());
		return this.run.dateFact(s, end + (rest.startsWith("s") ? 1 : 2), decadeOrHundreds(first), false);
	}

	Fact read(Matcher m, int s, int e, int sentence, String clean) {
		if (m.group("decb") != null) {
			return twoDecades(m, s, e, num(m.group("dec")), num(m.group("decb")), "dec");
		}
		if (m.group("dec") != null) {
			return this.run.dateFact(s, e, decadeOrHundreds(num(m.group("dec"))), false);
		}
		if (m.group("decw") != null) {
			int from = sentence < this.run.doc.sentences().size() ? this.run.doc.sentences().get(sentence).start()
					: Math.max(0, s - 60);
			if (WEATHER.matcher(clean).region(Math.min(from, s), s).find()) {
				// "highs in the mid-seventies": degrees, not a decade
				return null;
			}
			String words = m.group("decw").toLowerCase(Locale.ROOT);
			if (words.equals("noughties")) {
				return this.run.dateFact(s, e, CalendarSpans.decade(2000), false);
			}
			int tens = DECADE_WORDS.indexOf(words) + 2;
			return this.run.dateFact(s, e, CalendarSpans.decade(decadeWithCentury(tens * 10)), false);
		}
		if (m.group("dec4b") != null) {
			return twoDecades(m, s, e, decadeWithCentury(num(m.group("dec4"))),
					decadeWithCentury(num(m.group("dec4b"))), "dec4");
		}
		if (m.group("dec2") != null || m.group("dec4") != null) {
			String tens = m.group("dec2") != null ? m.group("dec2") : m.group("dec4");
			return this.run.dateFact(s, e, CalendarSpans.decade(decadeWithCentury(num(tens))), false);
		}
		if (m.group("y2") != null) {
			int year = withCentury(num(m.group("y2")));
			this.run.focus(year, sentence, s);
			// "in ’02": the mark standing for the century is part of the year's words,
			// and a statement that swaps the year replaces it too
			int from = s > 0 && "'’‘".indexOf(clean.charAt(s - 1)) >= 0 ? s - 1 : s;
			return this.run.dateFact(from, e, String.valueOf(year), false);
		}
		if (m.group("y3") != null) {
			if (this.run.latestYear == Integer.MIN_VALUE || this.run.latestYear >= 1000
					|| !this.run.inNarrative(sentence)) {
				return null;
			}
			int year = num(m.group("y3"));
			this.run.focus(year, sentence, s);
			return this.run.dateFact(s, e, CalendarSpans.iso(year), false);
		}
		if (m.group("dec3") != null) {
			int first = num(m.group("dec3"));
			this.run.focus(first, sentence, s);
			return this.run.dateFact(s, e, CalendarSpans.iso(first) + "/" + CalendarSpans.iso(first + 9), false);
		}
		if (m.group("ca") != null) {
			int from = num(m.group("ca"));
			int to = num(m.group("ca2"));
			if (from < 100 || to <= from || to - from > 120) {
				return null;
			}
			this.run.focus(to, sentence, s);
			return this.run.dateFact(s, e, CalendarSpans.iso(from) + "/" + CalendarSpans.iso(to), false);
		}
		if (m.group("cen") != null) {
			Long n = NumberWords.ordinal(m.group("cen"));
			if (n == null || n < 1 || n > 21) {
				return null;
			}
			return this.run.dateFact(s, e, CalendarSpans.century(n.intValue(), m.group("cera") != null), false);
		}
		if (m.group("bc") != null) {
			int year = num(m.group("bc"));
			boolean bc = m.group("era").startsWith("B");
			if (year == 0) {
				return null;
			}
			this.run.focus(bc ? 1 - year : year, sentence, s);
			return this.run.dateFact(s, e, CalendarSpans.iso(bc ? 1 - year : year), false);
		}
		if (m.group("ad") != null) {
			int year = num(m.group("ad"));
			if (year == 0) {
				return null;
			}
			this.run.focus(year, sentence, s);
			return this.run.dateFact(s, e, CalendarSpans.iso(year), false);
		}
		if (m.group("fy") != null) {
			int year = num(m.group("fyy"));
			this.run.focus(year, sentence, s);
			return this.run.dateFact(s, e, String.valueOf(year), false);
		}
		if (m.group("spy") != null) {
			String afterTwoThousand = m.group("spt") != null ? m.group("spt") : m.group("spt2");
			int year = m.group("spc") == null
					? 2000 + (afterTwoThousand == null ? 0 : NumberWords.cardinal(afterTwoThousand).intValue())
					: spoken(m.group("spy"));
			this.run.focus(year, sentence, s);
			return this.run.dateFact(s, e, String.valueOf(year), false);
		}
		if (m.group("yr") != null) {
			String yr = m.group("yr");
			int year = num(yr.substring(yr.length() - 4));
			if (m.group("yr2") != null) {
				String y2 = m.group("yr2");
				int second = y2.length() == 2 ? year / 100 * 100 + num(y2) : num(y2);
				if (second <= year || second - year > 200) {
					return null;
				}
				return this.run.dateFact(s, e, year + "/" + second, false);
			}
			if (Character.isDigit(yr.charAt(0)) && FourDigitCounts.counts(clean, m.start("yr"), m.end("yr"))) {
				return null; // "around 1500 workers", "the 1800 mile journey": a count
			}
			if (NUMBERED_BEFORE.matcher(clean.substring(Math.max(0, s - 30), s)).find()) {
				return null;
			}
			if (NAME_BEFORE.matcher(clean.substring(Math.max(0, s - 30), s)).find()
					&& NAME_AFTER.matcher(clean).region(e, clean.length()).lookingAt()) {
				return null;
			}
			String period = SamePeriodOfYear.of(this.run, clean, s, year);
			if (period != null) {
				return this.run.dateFact(s, e, period, true);
			}
			this.run.focus(year, sentence, s);
			// "since its launch in 2003 ... as of February": the year a span starts from
			// gives no year to a month, though "six years earlier" counts from it
			this.run.focusStartsASpan = SINCE_BEFORE.matcher(clean.substring(Math.max(0, s - 40), s)).find();
			return this.run.dateFact(s, e, String.valueOf(year), false);
		}
		if (m.group("yth") != null) {
			return this.run.dateFact(s, e, this.run.focusYear == null ? null : String.valueOf(this.run.focusYear),
					false);
		}
		return null;
	}

	/**
	 * A year written with two digits in the latest century that does not put it after the
	 * reference year ("'82" is 1982, "'07" in 2009 is 2007).
	 */
	/**
	 * The decade a text names without its century ("the twenties", "the 30's"): one of
	 * this century only up to the text's date, or, in a text with no date, up to the
	 * latest year it names; a text with neither speaks of the last century's.
	 */
	private int decadeWithCentury(int tens) {
		if (this.run.refMonth != null) {
			return withCentury(tens);
		}
		int latest = this.run.latestYear != Integer.MIN_VALUE ? this.run.latestYear : LAST_CENTURY_END;
		return 2000 + tens <= latest ? 2000 + tens : 1900 + tens;
	}

	/**
	 * The years "the 1960s" names, or of "the 1800s" and "the early 1900s", the hundred
	 * years those digits begin.
	 */
	private static String decadeOrHundreds(int first) {
		if (HUNDREDS.matcher(String.valueOf(first)).matches()) {
			return CalendarSpans.iso(first) + "/" + CalendarSpans.iso(first + 99);
		}
		return CalendarSpans.decade(first);
	}

	private int withCentury(int twoDigits) {
		int latest = this.run.refMonth == null ? 2030 : this.run.refMonth.getYear();
		return 2000 + twoDigits <= latest ? 2000 + twoDigits : 1900 + twoDigits;
	}

	/**
	 * The year a spoken year names: "nineteen ninety-four" is 1994, "nineteen oh five"
	 * 1905.
	 */
	static int spoken(String words) {
		String[] parts = words.strip().split("\\s+", 2);
		// "nineteen oh five" is 1905
		String rest = parts[1].replaceFirst("^oh[\\s-]", "");
		return (parts[0].equalsIgnoreCase("nineteen") ? 1900 : 1800) + NumberWords.cardinal(rest).intValue();
	}

}
