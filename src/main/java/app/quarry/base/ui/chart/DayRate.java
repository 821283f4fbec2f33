package app.quarry.base.ui.chart;

import java.time.LocalDate;

/**
 * A rate for one study day, such as the share of reviews recalled.
 *
 * @param day the study day
 * @param rate a fraction from 0 to 1
 */
public record DayRate(LocalDate day, double rate) {

	public DayRate {
		if (!(rate >= 0 && rate <= 1)) {
			throw new IllegalArgumentException("A rate must be between 0 and 1, got " + rate + " for " + day);
		}
	}

}
