package app.quarry.generation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import app.quarry.generation.extract.IsoDates;

/**
 * The dates near a date value that make fair distractors: of the same precision, a week,
 * a month or a year away; a range moved by its own kind of step.
 */
final class NearDates {

	private NearDates() {
	}

	/**
	 * Values of the same precision close to {@code value}: a week, a month, a year away.
	 */
	static List<DateValue> of(DateValue value) {
		List<String> values = new ArrayList<>();
		switch (value.precision()) {
			case DAY -> {
				LocalDate d = IsoDates.day(value.iso());
				for (LocalDate n : List.of(d.minusDays(7), d.plusDays(7), d.minusMonths(1), d.plusMonths(1),
						d.minusYears(1), d.plusYears(1))) {
					values.add(n.toString());
				}
			}
			case MONTH -> {
				YearMonth m = IsoDates.month(value.iso());
				for (YearMonth n : List.of(m.minusMonths(1), m.plusMonths(1), m.minusMonths(2), m.plusMonths(2),
						m.minusYears(1), m.plusYears(1))) {
					values.add(n.toString());
				}
			}
			case YEAR -> {
				int y = DateValue.year(value.iso());
				for (int n : List.of(y - 1, y + 1, y - 2, y + 2)) {
					// never across the start of the era: 1 BC is not "near" AD 1 to a
					// learner
					if (n > 0 == y > 0) {
						values.add(yearIso(n));
					}
				}
			}
			case RANGE -> values.addAll(shiftedRanges(value.iso()));
		}
		return values.stream().map(DateValue::parse).filter(java.util.Objects::nonNull).toList();
	}

	/**
	 * The range moved by its own kind of step: a decade by ten years, a century by a
	 * hundred, other year ranges by a year or two, month ranges by a quarter or a year,
	 * day ranges by a month or a year.
	 */
	private static List<String> shiftedRanges(String iso) {
		String fromIso = iso.substring(0, iso.indexOf('/'));
		String toIso = iso.substring(iso.indexOf('/') + 1);
		List<String> values = new ArrayList<>();
		if (DateValue.YEAR_ISO.matcher(fromIso).matches()) {
			int from = DateValue.year(fromIso);
			int to = DateValue.year(toIso);
			int span = to - from + 1;
			int step = span == 10 || span == 100 ? span : 1;
			for (int k : List.of(-1, 1, -2, 2)) {
				int a = from + k * step;
				int b = to + k * step;
				if (a > 0 == from > 0 && b > 0 == to > 0) {
					values.add(yearIso(a) + "/" + yearIso(b));
				}
			}
		}
		else if (DateValue.MONTH_ISO.matcher(fromIso).matches()) {
			YearMonth from = IsoDates.month(fromIso);
			YearMonth to = IsoDates.month(toIso);
			for (int months : List.of(-3, 3, -12, 12)) {
				values.add(from.plusMonths(months) + "/" + to.plusMonths(months));
			}
		}
		else {
			LocalDate from = IsoDates.day(fromIso);
			LocalDate to = IsoDates.day(toIso);
			for (int months : List.of(-1, 1, -12, 12)) {
				values.add(from.plusMonths(months) + "/" + to.plusMonths(months));
			}
		}
		return values;
	}

	private static String yearIso(int year) {
		return year >= 0 ? String.format(Locale.ROOT, "%04d", year) : String.format(Locale.ROOT, "-%04d", -year);
	}

}
