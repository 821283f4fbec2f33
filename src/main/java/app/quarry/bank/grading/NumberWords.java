package app.quarry.bank.grading;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a count written in digits ("27", "27th", "1,000") or in English words, cardinal
 * or ordinal ("twenty-seven", "twenty-seventh", "a hundred and one", "twice").
 */
final class NumberWords {

	private static final Pattern DIGITS = Pattern.compile("(\\d{1,3}(?:,\\d{3}){1,5}|\\d{1,18})(?:st|nd|rd|th)?");

	private static final Map<String, Integer> SMALL = Map.ofEntries(Map.entry("zero", 0), Map.entry("one", 1),
			Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
			Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
			Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
			Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
			Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
			Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
			Map.entry("ninety", 90), Map.entry("once", 1), Map.entry("twice", 2), Map.entry("thrice", 3));

	private static final Map<String, Integer> ORDINALS = Map.ofEntries(Map.entry("first", 1), Map.entry("second", 2),
			Map.entry("third", 3), Map.entry("fifth", 5), Map.entry("eighth", 8), Map.entry("ninth", 9),
			Map.entry("twelfth", 12));

	/** Scales below a thousand multiply the running group; larger ones close it. */
	private static final Map<String, Long> SCALES = Map.of("dozen", 12L, "hundred", 100L, "thousand", 1_000L, "million",
			1_000_000L);

	private NumberWords() {
	}

	/**
	 * The number the text consists of, ignoring trailing words such as a unit ("27
	 * letters", "three times"); empty when the text does not start with a number.
	 */
	static OptionalLong read(String text) {
		String words = TextNormalizer.plain(text).toLowerCase(java.util.Locale.ROOT).replace('-', ' ').strip();
		Matcher digits = DIGITS.matcher(words);
		if (digits.lookingAt()) {
			int end = digits.end();
			if (end == words.length() || !Character.isLetterOrDigit(words.charAt(end))) {
				return OptionalLong.of(Long.parseLong(digits.group(1).replace(",", "")));
			}
			return OptionalLong.empty();
		}
		return readWords(words.split("[\\s,]+"));
	}

	private static OptionalLong readWords(String[] tokens) {
		long total = 0;
		long current = 0;
		boolean any = false;
		boolean article = false;
		for (String token : tokens) {
			if (token.equals("and") && any) {
				continue;
			}
			if (token.equals("a") && !any && !article) {
				// "a hundred", "a dozen": the article counts only before a scale word
				article = true;
				continue;
			}
			Optional<Integer> small = value(token);
			if (small.isPresent()) {
				current += small.get();
				any = true;
				continue;
			}
			String scale = token.endsWith("th") ? token.substring(0, token.length() - 2) : token;
			if ((any || article) && SCALES.containsKey(scale)) {
				long factor = SCALES.get(scale);
				any = true;
				if (factor < 1_000) {
					current = Math.max(current, 1) * factor;
				}
				else {
					total += Math.max(current, 1) * factor;
					current = 0;
				}
				continue;
			}
			break;
		}
		return any ? OptionalLong.of(total + current) : OptionalLong.empty();
	}

	/**
	 * A word below one hundred, cardinal or ordinal ("seven", "seventh", "twentieth").
	 */
	private static Optional<Integer> value(String token) {
		if (SMALL.containsKey(token)) {
			return Optional.of(SMALL.get(token));
		}
		if (ORDINALS.containsKey(token)) {
			return Optional.of(ORDINALS.get(token));
		}
		if (token.endsWith("ieth")) {
			return Optional.ofNullable(SMALL.get(token.substring(0, token.length() - 4) + "y"));
		}
		if (token.endsWith("th")) {
			return Optional.ofNullable(SMALL.get(token.substring(0, token.length() - 2)));
		}
		return Optional.empty();
	}

}
