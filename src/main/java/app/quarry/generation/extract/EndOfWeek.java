package app.quarry.generation.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * "at the end of this week", "by the close of next week": the last days of the week,
 * Friday to Sunday, as "the second half of this year" is the year's last months; the
 * whole week would ask for more than the text tells.
 */
final class EndOfWeek {

	private EndOfWeek() {
	}

	/** The fact narrowed to its week's last three days, or the fact as it was. */
	static Fact narrow(Matcher m, Fact fact) {
		String mod = m.group("mod");
		if (mod == null || !(fact instanceof DateFact d) || d.value() == null) {
			return fact;
		}
		String words = mod.toLowerCase(Locale.ROOT);
		if (!words.contains("end of") && !words.contains("close of")) {
			return fact;
		}
		String[] ends = d.value().split("/");
		if (ends.length != 2) {
			return fact;
		}
		try {
			LocalDate monday = IsoDates.day(ends[0]);
			LocalDate sunday = IsoDates.day(ends[1]);
			if (monday.getDayOfWeek() != DayOfWeek.MONDAY || !sunday.equals(monday.plusDays(6))) {
				return fact;
			}
			return new DateFact(d.text(), d.start(), d.end(), monday.plusDays(4) + "/" + sunday, d.relative());
		}
		catch (DateTimeParseException notDays) {
			return fact;
		}
	}

}
