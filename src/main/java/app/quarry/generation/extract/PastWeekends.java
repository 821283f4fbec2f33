package app.quarry.generation.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;

/**
 * "The fair took place this weekend" in a story dated on a weekday: a weekend told of in
 * the past is the one just gone, as a weekday told of in the past is the last one. Dated
 * on the weekend itself, "this weekend" is that weekend whatever the tense.
 */
final class PastWeekends {

	private PastWeekends() {
	}

	/**
	 * Whether "this weekend", told with the tense {@code tense} (below zero for the past)
	 * in a story dated {@code ref}, is the weekend before the reference's week.
	 */
	static boolean justGone(String expression, int tense, LocalDate ref) {
		if (ref == null || tense >= 0) {
			return false;
		}
		DayOfWeek day = ref.getDayOfWeek();
		return expression.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").equals("this weekend")
				&& day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
	}

}
