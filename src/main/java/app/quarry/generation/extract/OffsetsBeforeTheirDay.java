package app.quarry.generation.extract;

import java.util.regex.Pattern;

/**
 * "resigned two weeks later on February 11", "two days later, on May 4": a stretch
 * counted from an earlier date, then the day it lands on, written out. The written day
 * dates the event; the stretch only says how far it lay from the last one, and counted
 * from there it may miss by days ("over two weeks"). It is left out, so the written day
 * is the date asked. A weekday after the stretch ("started on Monday and ended three days
 * later on Thursday") is the day the stretch lands on when their weekdays agree, not the
 * Thursday before the date line.
 */
final class OffsetsBeforeTheirDay {

	/** "two weeks later", "a day earlier": a stretch counted on or back. */
	private static final Pattern COUNTED = Pattern.compile("(?i).*\\s(?:later|earlier|after|afterwards|before)");

	/** Only "on" or "in", maybe after a comma, between the stretch and the day. */
	private static final Pattern BETWEEN = Pattern.compile(",?\\s+(?:on|in)\\s+");

	private OffsetsBeforeTheirDay() {
	}

	/** Drops each counted stretch that the day written right after it dates. */
	static void apply(DateRun run) {
		String clean = run.doc.cleanText();
		for (int i = run.facts.size() - 2; i >= 0; i--) {
			if (!(run.facts.get(i) instanceof DateFact stretch) || !stretch.relative()
					|| !(run.facts.get(i + 1) instanceof DateFact day) || day.value() == null
					|| !COUNTED.matcher(stretch.text()).matches() || day.start() <= stretch.end()
					|| !BETWEEN.matcher(clean.substring(stretch.end(), day.start())).matches()) {
				continue;
			}
			if (!day.relative()) {
				java.time.LocalDate landed = landing(stretch, day);
				if (landed != null) {
					run.facts.set(i + 1, new DateFact(day.text(), day.start(), day.end(), landed.toString(), false));
				}
				// the written day is the date even when the stretch, counted from a date
				// the text told before, lands elsewhere: that date may not be the one the
				// stretch was counted from
				run.facts.remove(i);
			}
			else if (sameWeekday(stretch, day)) {
				run.facts.set(i + 1, new DateFact(day.text(), day.start(), day.end(), stretch.value(), true));
				run.facts.remove(i);
			}
		}
	}

	/** How far a stretch told roughly ("over two weeks") may miss the day written. */
	private static final int MISS_DAYS = 10;

	/**
	 * The written day, in the year that puts it near where the stretch lands: "opened on
	 * December 20, 2010 and closed three weeks later on January 10" is January 2011,
	 * though the year told last was 2010. Null when the two lie apart whatever the year:
	 * the day keeps the year it was given.
	 */
	private static java.time.LocalDate landing(DateFact stretch, DateFact day) {
		if (stretch.value() == null || stretch.value().length() != 10 || day.value().length() != 10) {
			return null;
		}
		java.time.LocalDate counted = IsoDates.day(stretch.value());
		java.time.LocalDate written = IsoDates.day(day.value());
		boolean yearWritten = day.text().matches(".*\\d{4}.*");
		for (int years = 0; years <= (yearWritten ? 0 : 1); years++) {
			for (int sign : new int[] { 1, -1 }) {
				java.time.LocalDate moved = written.plusYears((long) years * sign);
				if (Math.abs(moved.toEpochDay() - counted.toEpochDay()) <= MISS_DAYS) {
					return moved;
				}
			}
		}
		return null;
	}

	/** Whether the stretch lands on a day of the weekday the words after it name. */
	private static boolean sameWeekday(DateFact stretch, DateFact weekday) {
		if (stretch.value() == null || stretch.value().length() != 10) {
			return false;
		}
		java.time.DayOfWeek landed = IsoDates.day(stretch.value()).getDayOfWeek();
		String named = weekday.text().toLowerCase(java.util.Locale.ROOT);
		return named.startsWith(landed.name().toLowerCase(java.util.Locale.ROOT).substring(0, 3));
	}

}
