package app.quarry.generation;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A year that names one edition of a recurring event: "the 2011 Acme U-19 World Cup", "at
 * the 1998 Summer Paralympics", "won the Acme Euro 2011", "WXYZ 2005". The year is when
 * that edition was held, which a reader is asked as readily as any date; yet it is part
 * of a name, so it is asked in the sentence's own words (a cloze), never rewritten into a
 * question about the name.
 */
final class EditionYears {

	/**
	 * The heads of the names of contests, games and gatherings held again and again,
	 * written with a capital as a name's last word is.
	 */
	private static final Set<String> EVENT_HEADS = Set.of("Cup", "Games", "Olympics", "Paralympics", "Olympiad",
			"Championship", "Championships", "Tournament", "Final", "Finals", "Open", "Marathon", "Summit",
			"Conference", "Festival", "Expo", "Awards", "Prix", "Series", "Classic", "Rally", "Derby", "Tour",
			"Contest", "Congress", "Euro", "Fair", "Exhibition", "Carnival", "Jamboree", "Regatta", "Biennale",
			"Trophy", "Forum", "Convention");

	/**
	 * A word of a name: a capital, or a digit as in "U-19", then letters, digits, dashes.
	 */
	private static final Pattern NAME_WORD = Pattern.compile("[\\p{Lu}\\d][\\p{L}\\d’'.&-]*");

	/**
	 * A short name in capitals only, as conferences and trade fairs are called: "WXYZ".
	 */
	private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,6}");

	/**
	 * Capitals before a year that are no event's name: eras ("AD 1066"), fiscal and
	 * calendar years ("FY 2020"), and countries or unions ("the US 2016 election").
	 */
	private static final Set<String> NOT_NAMES = Set.of("AD", "BC", "CE", "BCE", "AH", "FY", "CY", "MY", "US", "USA",
			"UK", "EU", "UN", "UAE");

	/**
	 * Words before a year that let it open a name: "the", "at the 2011 ...", "and 2006
	 * ...".
	 */
	private static final Set<String> OPENERS = Set.of("the", "and", "or", "a", "its", "their", "this", "that");

	/** The longest name read: "FIFA U-17 World Cup" is four words. */
	private static final int LONGEST_NAME = 5;

	private EditionYears() {
	}

	/** Whether the fact's year names an edition of an event, before or after the name. */
	static boolean names(String sentence, FactSite site) {
		return opensAName(sentence, site) || endsAName(sentence, site);
	}

	/** "the 2011 Acme U-19 World Cup", a headline's "2011 Acme World Cup: ...". */
	private static boolean opensAName(String sentence, FactSite site) {
		String before = sentence.substring(0, site.from()).stripTrailing();
		String previous = before.substring(before.lastIndexOf(' ') + 1);
		if (!before.isEmpty() && !OPENERS.contains(previous.toLowerCase(Locale.ROOT))) {
			return false;
		}
		String after = sentence.substring(site.to());
		if (!after.startsWith(" ")) {
			return false;
		}
		String[] words = after.strip().split("\\s+", LONGEST_NAME + 1);
		for (int i = 0; i < Math.min(LONGEST_NAME, words.length); i++) {
			String word = trimmed(words[i]);
			if (!NAME_WORD.matcher(word).matches()) {
				return false;
			}
			boolean lastOfTheName = !word.equals(words[i]) || i + 1 >= words.length
					|| !NAME_WORD.matcher(trimmed(words[i + 1])).matches();
			if (EVENT_HEADS.contains(word) && lastOfTheName) {
				// the head ends the name: "the 2008 Final Report" is a report's
				return true;
			}
			if (!word.equals(words[i])) {
				// punctuation ends the name before any head was met
				return false;
			}
		}
		return false;
	}

	/** "won the Acme Euro 2011", "Acme World Cup 2010 Last 16", "WXYZ 2005". */
	private static boolean endsAName(String sentence, FactSite site) {
		String before = sentence.substring(0, site.from());
		if (!before.endsWith(" ") || before.endsWith("  ")) {
			return false;
		}
		String[] words = before.strip().split("\\s+");
		String last = words[words.length - 1];
		if (ACRONYM.matcher(last).matches() && !NOT_NAMES.contains(last) && !MonthsAndDays.is(last)) {
			return true;
		}
		for (int i = words.length - 1; i >= Math.max(0, words.length - LONGEST_NAME); i--) {
			if (!NAME_WORD.matcher(words[i]).matches() || MonthsAndDays.is(words[i])) {
				return false;
			}
			if (EVENT_HEADS.contains(words[i])) {
				return true;
			}
		}
		return false;
	}

	/** A word without the punctuation that closes a name: "Cup:" is "Cup". */
	private static String trimmed(String word) {
		return word.replaceAll("[,;:.)!?\"”’']+$", "");
	}

	/** Months and weekdays, whose year after them is a date's, not a name's. */
	private static final class MonthsAndDays {

		private static final Pattern NAMES = Pattern.compile(
				"(?i)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\\.?|january|february|march|april|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday");

		static boolean is(String word) {
			return NAMES.matcher(word).matches();
		}

	}

}
