package app.quarry.base.ui.chart;

import java.time.LocalDate;

/**
 * A count for one study day, such as reviews done or cards falling due.
 *
 * @param day the study day
 * @param count how many, zero or more
 */
public record DayCount(LocalDate day, int count) {

	public DayCount {
		if (count < 0) {
			throw new IllegalArgumentException("A day count cannot be negative, got " + count + " for " + day);
		}
	}

}
