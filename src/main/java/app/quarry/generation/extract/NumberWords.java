package app.quarry.generation.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * English numbers written as words: cardinals up to the millions ("twenty-seven", "a
 * hundred") and ordinals ("third", "twenty-first", "70th").
 */
public final class NumberWords {

	private static final String[] UNITS = { "zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
			"nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
			"nineteen" };

	private static final String[] TENS = { "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
			"ninety" };

	private static final String[] UNIT_ORDINALS = { "zeroth", "first", "second", "third", "fourth", "fifth", "sixth",
			"seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
			"sixteenth", "seventeenth", "eighteenth", "nineteenth" };

	private static final String[] TENS_ORDINALS = { "", "", "twentieth", "thirtieth", "fortieth", "fiftieth",
			"sixtieth", "seventieth", "eightieth", "ninetieth" };

	private static final Map<String, Long> CARDINALS = new HashMap<>();

	private static final Map<String, Long> ORDINALS = new HashMap<>();

	/** Regex alternation of cardinal words up to ninety-nine, longest first. */
	public static final String CARDINAL_REGEX;

	/** Regex alternation of ordinal words up to ninety-ninth, longest first. */
	public static final String ORDINAL_REGEX;

	static {
		for (int i = 1; i < 20; i++) {
			CARDINALS.put(UNITS[i], (long) i);
			ORDINALS.put(UNIT_ORDINALS[i], (long) i);
		}
		for (int t = 2; t < 10; t++) {
			CARDINALS.put(TENS[t], t * 10L);
			ORDINALS.put(TENS_ORDINALS[t], t * 10L);
			for (int u = 1; u < 10; u++) {
				CARDINALS.put(TENS[t] + "-" + UNITS[u], t * 10L + u);
				ORDINALS.put(TENS[t] + "-" + UNIT_ORDINALS[u], t * 10L + u);
			}
		}
		CARDINALS.put("hundred", 100L);
		CARDINALS.put("a hundred", 100L);
		CARDINALS.put("thousand", 1000L);
		CARDINALS.put("a thousand", 1000L);
		CARDINALS.put("dozen", 12L);
		CARDINALS.put("a dozen", 12L);
		ORDINALS.put("hundredth", 100L);
		// "twenty-four" or, as often in speech and transcripts, "twenty four"
		CARDINAL_REGEX = "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
				+ "|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
				+ "|one|two|three|four|five|six|seven|eight|nine|ten|a hundred|a thousand|a dozen|dozen|hundred|thousand";
		ORDINAL_REGEX = "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
				+ "|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth|hundredth"
				+ "|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth"
				+ "|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth";
	}

	/** "twenty four": tens and units written apart, read as "twenty-four". */
	private static final Pattern SPACED_TENS = Pattern
		.compile("^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety) (?=[a-z]+$)");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	/** "21,000" and "21 000": marks grouping thousands, which the value leaves out. */
	private static final Pattern GROUPING = Pattern.compile("[,\\s\\u00A0\\u202F]");

	private NumberWords() {
	}

	/**
	 * The value of a cardinal ("27", "2,000", "twenty-seven", "a hundred"), or null.
	 */
	public static Long cardinal(String text) {
		String t = text.strip().toLowerCase(Locale.ROOT);
		if (!t.isEmpty() && Character.isDigit(t.charAt(0))) {
			try {
				return Long.parseLong(GROUPING.matcher(t).replaceAll(""));
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}
		if (t.equals("a") || t.equals("an")) {
			return 1L;
		}
		return CARDINALS.get(SPACED_TENS.matcher(SPACES.matcher(t).replaceAll(" ")).replaceFirst("$1-"));
	}

	/** The value of an ordinal ("third", "70th", "twenty-first"), or null. */
	public static Long ordinal(String text) {
		String t = text.strip().toLowerCase(Locale.ROOT);
		if (!t.isEmpty() && Character.isDigit(t.charAt(0))) {
			try {
				return Long.parseLong(t.replaceAll("(?:st|nd|rd|th)$", ""));
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}
		return ORDINALS.get(t);
	}

}
