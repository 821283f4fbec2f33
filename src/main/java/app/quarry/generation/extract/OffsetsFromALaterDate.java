package app.quarry.generation.extract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "two years prior to the great fire of June 3, 1901", "a month before his release in
 * July", "three days after the vote on May 2": a stretch of time set before or after an
 * event whose date the same words go on to give is itself a date, that far from the
 * event's. Read as a length, "two years" would say how long something lasted, which the
 * sentence never said.
 */
final class OffsetsFromALaterDate {

	/** "P2Y", "P1M", "P3W", "P5D": a whole number of one unit. */
	private static final Pattern WHOLE_UNITS = Pattern.compile("P(\\d{1,3})([YMWD])");

	/** A year, a month or a day of the common era: one point to count from. */
	private static final Pattern POINT = Pattern.compile("\\d{4}(?:-\\d{2}(?:-\\d{2})?)?");

	/** The event in a few words with no stop between, and the word that dates it. */
	private static final Pattern EVENT = Pattern.compile("\\s+(?:[\\p{L}\\d'’-]+\\s+){1,6}?(?:on|in|of)\\s+");

	/** What stands between the stretch and the event's date: the side, then the event. */
	private static final Pattern SIDE_AND_EVENT = Pattern
		.compile("\\s+(before|after|prior\\s+to|ahead\\s+of)" + EVENT.pattern());

	/**
	 * Words before a stretch that make it a length: "for two years before", "spent a
	 * month before", "served five years before".
	 */
	private static final Set<String> LENGTH_WORDS = Set.of("for", "spent", "spend", "spends", "spending", "served",
			"serve", "serving", "lasted", "last", "lasting", "took", "take", "taking", "waited", "wait", "lived",
			"worked", "stayed", "remained", "been");

	/** Bounds set before a stretch: "nearly two years". */
	private static final Set<String> BOUNDS = Set.of("about", "around", "nearly", "almost", "only", "just", "some",
			"over", "roughly", "than", "more", "less");

	/**
	 * A stretch already read with its side, as a date counted from the date line: "Three
	 * days after", "two weeks before".
	 */
	private static final Pattern STRETCH_WITH_ITS_SIDE = Pattern
		.compile("(?i)(a|an|one|\\d{1,3}|[a-z]+)\\s+(day|week|month|year)s?\\s+(before|after|prior\\s+to|ahead\\s+of)");

	private OffsetsFromALaterDate() {
	}

	/** Turns each stretch set against the date after it into the date it points at. */
	static void apply(DateRun run) {
		String clean = run.doc.cleanText();
		for (int i = 0; i + 1 < run.facts.size(); i++) {
			if (!(run.facts.get(i + 1) instanceof DateFact date) || date.value() == null
					|| !POINT.matcher(date.value()).matches()) {
				continue;
			}
			String value = null;
			Fact stretch = run.facts.get(i);
			if (stretch instanceof DurationFact length) {
				Matcher units = WHOLE_UNITS.matcher(length.value());
				Matcher side = SIDE_AND_EVENT.matcher(clean.substring(length.end(), date.start()));
				if (units.matches() && side.matches() && !isALength(clean, length.start())) {
					int n = Integer.parseInt(units.group(1)) * (side.group(1).equals("after") ? 1 : -1);
					value = counted(date.value(), n, units.group(2).charAt(0));
				}
			}
			else if (stretch instanceof DateFact counted) {
				Matcher told = STRETCH_WITH_ITS_SIDE.matcher(counted.text());
				Long number = told.matches() ? amount(told.group(1)) : null;
				if (number != null && EVENT.matcher(clean.substring(counted.end(), date.start())).matches()) {
					int n = (int) (long) number * (told.group(3).equalsIgnoreCase("after") ? 1 : -1);
					value = counted(date.value(), n, Character.toUpperCase(told.group(2).charAt(0)));
				}
			}
			if (value != null) {
				run.facts.set(i, new DateFact(stretch.text(), stretch.start(), stretch.end(), value, true));
			}
		}
	}

	private static Long amount(String word) {
		String lower = word.toLowerCase(Locale.ROOT);
		if (lower.equals("a") || lower.equals("an")) {
			return 1L;
		}
		return Character.isDigit(lower.charAt(0)) ? Long.valueOf(lower) : NumberWords.cardinal(lower);
	}

	/** The date n units from the event's, as precise as the unit allows; null if not. */
	private static String counted(String event, int n, char unit) {
		return switch (unit) {
			case 'Y' -> String.valueOf(Integer.parseInt(event.substring(0, 4)) + n);
			case 'M' -> event.length() >= 7 ? YearMonth.parse(event.substring(0, 7)).plusMonths(n).toString() : null;
			case 'W' -> event.length() == 10 ? LocalDate.parse(event).plusWeeks(n).toString() : null;
			default -> event.length() == 10 ? LocalDate.parse(event).plusDays(n).toString() : null;
		};
	}

	/**
	 * Whether the words before the stretch make it a length: "for two years", "lasted
	 * nearly two years", "had been in office two years before". A bound ("nearly",
	 * "about") is passed over.
	 */
	private static boolean isALength(String clean, int start) {
		String[] words = clean.substring(Math.max(0, start - 40), start).strip().toLowerCase(Locale.ROOT).split("\\s+");
		int looked = 0;
		for (int i = words.length - 1; i >= 0 && looked < 3; i--) {
			if (BOUNDS.contains(words[i])) {
				continue;
			}
			if (LENGTH_WORDS.contains(words[i])) {
				return true;
			}
			looked++;
		}
		return false;
	}

}
