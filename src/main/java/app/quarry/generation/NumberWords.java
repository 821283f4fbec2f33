package app.quarry.generation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Numbers written as the document writes them: "27", "two", "fourth", "70th". */
final class NumberWords {

	private static final List<String> CARDINALS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
			"eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
			"eighteen", "nineteen", "twenty");

	private static final List<String> ORDINALS = List.of("zeroth", "first", "second", "third", "fourth", "fifth",
			"sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
			"fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth");

	private NumberWords() {
	}

	/** "13.7 million": a number and the word that scales it. */
	private static final Pattern SCALED = Pattern
		.compile("(?i)([\\d.,]+|[a-z-]+)\\s+(dozen|hundred|thousand|million|billion|trillion|quadrillion|quintillion)");

	/**
	 * "1.1m", "600k", "2bn": a number and the short letters that scale it, written
	 * against the digits.
	 */
	private static final Pattern SHORT_SCALED = Pattern.compile("(\\d[\\d.,]*)(k|m|bn|tn)", Pattern.CASE_INSENSITIVE);

	/** "£600m", "$2 billion", "45%": the sign around a number, kept on every option. */
	private static final Pattern SIGNED = Pattern.compile("([$€£]?)(.+?)(%?)");

	/** "44,000": digits grouped by commas. */
	private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(,\\d{3})+");

	/** "once", "twice", "thrice": a number of times told in one word. */
	private static final Pattern TIMES_WORD = Pattern.compile("(?i)once|twice|thrice");

	/** "840": digits that need no comma. */
	private static final Pattern SHORT = Pattern.compile("\\d{1,3}");

	/** "2" in "No. 2": digits with no suffix. */
	private static final Pattern BARE_DIGITS = Pattern.compile("\\d+");

	/** "27", "70th". */
	private static final Pattern DIGITS = Pattern.compile("\\d+(st|nd|rd|th)?");

	/**
	 * {@code n} in the style of {@code original}: a word, digits, digits with a suffix,
	 * digits grouped by commas ("44,000"), or a scaled number ("13.7 million").
	 */
	static String inStyleOf(String original, long n, boolean ordinal) {
		// an option in another form than the answer ("1100000" beside "1.1m") gives it
		// away
		Matcher signed = SIGNED.matcher(original.strip());
		if (!ordinal && signed.matches() && signed.group(2).length() > 0
				&& (!signed.group(1).isEmpty() || !signed.group(3).isEmpty())) {
			return signed.group(1) + inStyleOf(signed.group(2), n, false) + signed.group(3);
		}
		String trimmed = original.strip();
		if (!ordinal && TIMES_WORD.matcher(trimmed).matches() && n >= 1 && n <= 20) {
			// "_____ in the last seven years" takes "once" or "three times", never
			// "three"
			String times = n == 1 ? "once" : n == 2 ? "twice" : CARDINALS.get((int) n) + " times";
			return Character.isUpperCase(trimmed.charAt(0))
					? Character.toUpperCase(times.charAt(0)) + times.substring(1) : times;
		}
		Matcher shortScaled = SHORT_SCALED.matcher(trimmed);
		if (!ordinal && shortScaled.matches()) {
			return scaledQuotient(n, factor(shortScaled.group(2)), shortScaled.group(1)).toPlainString()
					+ shortScaled.group(2);
		}
		boolean capital = Character.isUpperCase(trimmed.charAt(0));
		Matcher scaled = SCALED.matcher(trimmed);
		String text;
		if (!ordinal && scaled.matches()) {
			BigDecimal quotient = scaledQuotient(n, factor(scaled.group(2)), scaled.group(1));
			int decimals = quotient.scale();
			boolean inWords = Character.isLetter(trimmed.charAt(0)) && decimals == 0 && quotient.intValue() <= 20;
			boolean article = inWords && quotient.intValue() == 1 && scaled.group(1).equalsIgnoreCase("a");
			text = (article ? "a" : inWords ? CARDINALS.get(quotient.intValue()) : quotient.toPlainString()) + " "
					+ scaled.group(2).toLowerCase(Locale.ROOT);
			capital = capital && inWords;
		}
		else if (Character.isLetter(trimmed.charAt(0)) && n >= 0 && n <= 20) {
			text = ordinal ? ORDINALS.get((int) n) : CARDINALS.get((int) n);
		}
		else if (ordinal && !BARE_DIGITS.matcher(trimmed).matches()) {
			// a rank written "No. 2" keeps its bare digits: "No. 2nd" is no rank
			text = n + suffix(n);
		}
		else {
			// "840" among "1,000": grouped as the larger numbers are usually written
			// "a half million" among "600,000": words too long for options become digits
			boolean grouped = GROUPED.matcher(trimmed).matches() || SHORT.matcher(trimmed).matches() && n >= 1000
					|| Character.isLetter(trimmed.charAt(0)) && n >= 10_000;
			text = grouped ? grouped(n) : Long.toString(n);
		}
		return capital ? Prose.capitalize(text) : text;
	}

	/**
	 * n in units of the scale, with at least the decimals of the answer's own digits: 0.8
	 * for 800,000 in millions, "3.0" rather than "3" beside "2.4".
	 */
	private static BigDecimal scaledQuotient(long n, long factor, String answerDigits) {
		int dot = answerDigits.indexOf('.');
		int answerDecimals = dot < 0 || !Character.isDigit(answerDigits.charAt(0)) ? 0
				: answerDigits.length() - dot - 1;
		BigDecimal quotient = BigDecimal.valueOf(n).divide(BigDecimal.valueOf(factor));
		return quotient.setScale(Math.max(answerDecimals, quotient.stripTrailingZeros().scale()));
	}

	/**
	 * The rounding the text gives a number: 1 for "179", 1,000 for "44,000" (two
	 * significant digits at most), 100,000 for "13.7 million".
	 */
	static long grain(String original, long n, boolean ordinal) {
		String unsigned = SIGNED.matcher(original.strip()).replaceFirst("$2");
		Matcher scaled = SCALED.matcher(unsigned);
		if (!scaled.matches()) {
			scaled = SHORT_SCALED.matcher(unsigned);
		}
		if (ordinal || n <= 10) {
			return 1;
		}
		if (scaled.matches()) {
			String digits = scaled.group(1);
			int dot = digits.indexOf('.');
			long g = factor(scaled.group(2));
			for (int i = dot < 0 ? 0 : digits.length() - dot - 1; i > 0 && g >= 10; i--) {
				g /= 10;
			}
			return g;
		}
		long trailing = 1;
		while (n % (trailing * 10) == 0) {
			trailing *= 10;
		}
		long twoDigits = 1;
		while (n / (twoDigits * 10) >= 10) {
			twoDigits *= 10;
		}
		return Math.min(trailing, twoDigits);
	}

	private static long factor(String scale) {
		return switch (scale.toLowerCase(Locale.ROOT)) {
			case "dozen" -> 12L;
			case "hundred" -> 100L;
			case "thousand", "k" -> 1_000L;
			case "million", "m" -> 1_000_000L;
			case "billion", "bn" -> 1_000_000_000L;
			case "quadrillion" -> 1_000_000_000_000_000L;
			case "quintillion" -> 1_000_000_000_000_000_000L;
			default -> 1_000_000_000_000L;
		};
	}

	/** True for "27", "70th", "two", "fourth"; false for "a" (as in "a hundred"). */
	static boolean isNumber(String word) {
		String w = lower(word);
		return DIGITS.matcher(w).matches() || CARDINALS.contains(w) || ORDINALS.contains(w);
	}

	/** The written forms a typed answer is accepted for. */
	static List<String> accepted(long n, boolean ordinal) {
		String digits = ordinal ? n + suffix(n) : Long.toString(n);
		if (n < 0 || n > 20) {
			return List.of(digits);
		}
		String word = ordinal ? ORDINALS.get((int) n) : CARDINALS.get((int) n);
		return ordinal ? List.of(word, digits, Long.toString(n)) : List.of(digits, word);
	}

	/**
	 * The written forms a typed answer is accepted for, including the text's own ("13.7
	 * million", "44,000") beside plain digits.
	 */
	static List<String> accepted(String original, long n, boolean ordinal) {
		List<String> forms = new ArrayList<>(accepted(n, ordinal));
		if (!ordinal && n > 999) {
			forms.add(grouped(n));
		}
		String own = original.strip();
		if (!ordinal && !own.isEmpty() && !isNumber(own)) {
			forms.add(0, own);
		}
		return forms.stream().distinct().toList();
	}

	/**
	 * "44,000": {@code n} with its thousands set off by commas, as {@code %,d} writes it
	 * in the root locale, without a formatter parsed for each option.
	 */
	static String grouped(long n) {
		String plain = Long.toString(n);
		int sign = n < 0 ? 1 : 0;
		StringBuilder out = new StringBuilder(plain.length() + plain.length() / 3);
		for (int i = 0; i < plain.length(); i++) {
			if (i > sign && (plain.length() - i) % 3 == 0) {
				out.append(',');
			}
			out.append(plain.charAt(i));
		}
		return out.toString();
	}

	private static String suffix(long n) {
		long tens = n % 100;
		if (tens >= 11 && tens <= 13) {
			return "th";
		}
		return switch ((int) (n % 10)) {
			case 1 -> "st";
			case 2 -> "nd";
			case 3 -> "rd";
			default -> "th";
		};
	}

	static String lower(String s) {
		return s.toLowerCase(Locale.ROOT);
	}

}
