package app.quarry.generation.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.quarry.corpus.DocumentText;

/**
 * "1.6m Muslims", "70m passengers", "2bn people", "1.1m of the 1.6m voters", "1.1m of the
 * region's 1.6m voters": British papers write millions and billions with a letter after
 * the number. Only a plural noun right after it (one describing word may stand between)
 * makes it a count: with a currency sign before it ("£600m") or a currency's name after
 * it ("3bn euros") it is money, and "the 100m hurdles" or "a 5m wall" measures metres.
 */
final class MillionsBySuffix {

	private static final Pattern SCALED = Pattern.compile("(?<![\\w.$€£#,/-])(?<n>\\d{1,3}(?:\\.\\d{1,2})?)(?<s>m|bn)"
			+ "(?:\\s+(?<part>of\\s+(?:the|its|their|(?:the\\s+)?\\p{L}[\\p{L}.&-]*[’']s)\\s+\\d{1,3}(?:\\.\\d{1,2})?(?:m|bn)))?"
			+ "\\s+(?<first>\\p{L}[\\p{L}-]*)\\b(?![-’'])(?:\\s+(?<second>\\p{L}+)\\b(?![-’']))?");

	/** Nouns after a number with "m" that measure metres, not count millions. */
	private static final Set<String> METRE_NOUNS = Set.of("hurdles", "relay", "relays", "freestyle", "butterfly",
			"backstroke", "breaststroke", "medley", "sprint", "sprints", "dash", "race", "races", "final", "finals",
			"heats", "heat", "high", "long", "wide", "deep", "tall", "away", "above", "below", "metres", "meters");

	/**
	 * "400m runners", "the 100m sprinter": athletes named by their race, whose distance
	 * is a whole number of metres ("1.2m runners" are still a count).
	 */
	private static final Set<String> ATHLETE_NOUNS = Set.of("runner", "runners", "sprinter", "sprinters", "hurdler",
			"hurdlers", "swimmer", "swimmers", "champion", "champions", "specialist", "specialists");

	private MillionsBySuffix() {
	}

	/** The counts written with "m" or "bn" in a document's text. */
	static List<CountFact> find(DocumentText document, String clean) {
		List<CountFact> found = new ArrayList<>();
		if (!mayHold(clean)) {
			return found;
		}
		Matcher m = SCALED.matcher(clean);
		while (m.find()) {
			// the plural right after the number is what it counts ("1.6m Muslims live"),
			// else the one after a describing word ("2.5m new homes")
			String first = m.group("first");
			String second = m.group("second");
			String unit = unitOf(first);
			if (unit == null && second != null && !Nouns.FUNCTION_WORDS.contains(first.toLowerCase(Locale.ROOT))
					&& !isCurrency(first)) {
				unit = unitOf(second);
			}
			if (unit == null || METRE_NOUNS.contains(first.toLowerCase(Locale.ROOT))
					|| m.group("n").indexOf('.') < 0 && ATHLETE_NOUNS.contains(first.toLowerCase(Locale.ROOT))) {
				continue;
			}
			long scale = m.group("s").equals("m") ? 1_000_000L : 1_000_000_000L;
			int end = m.end("s");
			found.add(new CountFact(document.text().substring(m.start(), end), m.start(), end,
					Math.round(Double.parseDouble(m.group("n")) * scale), false, unit));
			if (m.group("part") != null) {
				// "1.1m of the 1.6m voters": the whole, counted as the part is
				int at = m.start("part") + m.group("part").lastIndexOf(' ') + 1;
				String whole = clean.substring(at, m.end("part"));
				long wholeScale = whole.endsWith("bn") ? 1_000_000_000L : 1_000_000L;
				String digits = whole.substring(0, whole.length() - (whole.endsWith("bn") ? 2 : 1));
				found.add(new CountFact(document.text().substring(at, m.end("part")), at, m.end("part"),
						Math.round(Double.parseDouble(digits) * wholeScale), false, unit));
			}
		}
		return found;
	}

	/**
	 * The singular of a plural noun that may be counted, or null: "3bn euros", "540bn
	 * yen" and "20m dollars" are money written with the currency's name after it, no
	 * count.
	 */
	private static String unitOf(String word) {
		String unit = CountedUnits.singularOf(word.toLowerCase(Locale.ROOT));
		return unit == null || isCurrency(word) ? null : unit;
	}

	/** "euros", "yen", "dollars": a currency's name, whose amounts are money. */
	private static boolean isCurrency(String word) {
		String lower = word.toLowerCase(Locale.ROOT);
		return CardinalUnits.NOT_COUNTED.contains(lower) || CardinalUnits.NOT_COUNTED.contains(Nouns.singular(lower));
	}

	/** Whether a digit is followed by "m " or "bn" anywhere: most texts have none. */
	private static boolean mayHold(String clean) {
		for (int at = clean.indexOf('m'); at > 0; at = clean.indexOf('m', at + 1)) {
			if (Character.isDigit(clean.charAt(at - 1))) {
				return true;
			}
		}
		return clean.contains("bn ");
	}

}
