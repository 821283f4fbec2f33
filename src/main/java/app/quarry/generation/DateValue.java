package app.quarry.generation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An ISO 8601 date value of a fact ({@code 2018-04-01}, {@code 2018-04}, {@code 2018} or
 * a range {@code 2019-02-27/2019-02-28}) with the ways a learner may write it and the
 * nearby values of the same precision that make fair distractors.
 */
record DateValue(String iso, Precision precision) {

	enum Precision {

		DAY, MONTH, YEAR, RANGE

	}

	private static final java.util.regex.Pattern RANGE_ISO = java.util.regex.Pattern
		.compile("\\d{4}-\\d{2}-\\d{2}/\\d{4}-\\d{2}-\\d{2}");

	private static final java.util.regex.Pattern DAY_ISO = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private static final java.util.regex.Pattern MONTH_ISO = java.util.regex.Pattern.compile("\\d{4}-\\d{2}");

	private static final java.util.regex.Pattern YEAR_ISO = java.util.regex.Pattern.compile("\\d{4}");

	/** Parses a fact's value; null when it is not one of the four shapes. */
	static DateValue parse(String iso) {
		if (iso == null) {
			return null;
		}
		if (RANGE_ISO.matcher(iso).matches()) {
			String[] ends = iso.split("/");
			return LocalDate.parse(ends[0]).isBefore(LocalDate.parse(ends[1])) ? new DateValue(iso, Precision.RANGE)
					: null;
		}
		if (DAY_ISO.matcher(iso).matches()) {
			return new DateValue(iso, Precision.DAY);
		}
		if (MONTH_ISO.matcher(iso).matches()) {
			return new DateValue(iso, Precision.MONTH);
		}
		return YEAR_ISO.matcher(iso).matches() ? new DateValue(iso, Precision.YEAR) : null;
	}

	/**
	 * As shown to a learner: "April 1, 2018", "April 2018", "2018", "February 27–28,
	 * 2019".
	 */
	String display() {
		return switch (this.precision) {
			case DAY -> longDay(LocalDate.parse(this.iso));
			case MONTH -> monthName(YearMonth.parse(this.iso).getMonthValue()) + " " + this.iso.substring(0, 4);
			case YEAR -> this.iso;
			case RANGE -> range();
		};
	}

	private String range() {
		LocalDate from = LocalDate.parse(this.iso.substring(0, 10));
		LocalDate to = LocalDate.parse(this.iso.substring(11));
		if (from.getYear() == to.getYear() && from.getMonth() == to.getMonth()) {
			return monthName(from.getMonthValue()) + " " + from.getDayOfMonth() + "–" + to.getDayOfMonth() + ", "
					+ from.getYear();
		}
		return longDay(from) + " – " + longDay(to);
	}

	/** What a typed answer is accepted as, besides lenient matching. */
	List<String> accepted() {
		List<String> forms = new ArrayList<>();
		forms.add(display());
		if (this.precision == Precision.DAY) {
			LocalDate d = LocalDate.parse(this.iso);
			forms.add(d.getDayOfMonth() + " " + monthName(d.getMonthValue()) + " " + d.getYear());
		}
		if (this.precision == Precision.MONTH) {
			forms.add(this.iso);
		}
		if (this.precision != Precision.MONTH && this.precision != Precision.YEAR) {
			forms.add(this.iso);
		}
		return forms.stream().distinct().toList();
	}

	/** Values of the same precision close to this one (a week, a month, a year away). */
	List<DateValue> near() {
		List<String> values = new ArrayList<>();
		switch (this.precision) {
			case DAY -> {
				LocalDate d = LocalDate.parse(this.iso);
				for (LocalDate n : List.of(d.minusDays(7), d.plusDays(7), d.minusMonths(1), d.plusMonths(1),
						d.minusYears(1), d.plusYears(1))) {
					values.add(n.toString());
				}
			}
			case MONTH -> {
				YearMonth m = YearMonth.parse(this.iso);
				for (YearMonth n : List.of(m.minusMonths(1), m.plusMonths(1), m.minusMonths(2), m.plusMonths(2),
						m.minusYears(1), m.plusYears(1))) {
					values.add(n.toString());
				}
			}
			case YEAR -> {
				int y = Integer.parseInt(this.iso);
				for (int n : List.of(y - 1, y + 1, y - 2, y + 2)) {
					values.add(Integer.toString(n));
				}
			}
			case RANGE -> {
				LocalDate from = LocalDate.parse(this.iso.substring(0, 10));
				LocalDate to = LocalDate.parse(this.iso.substring(11));
				for (int months : List.of(-1, 1, -12, 12)) {
					values.add(from.plusMonths(months) + "/" + to.plusMonths(months));
				}
			}
		}
		return values.stream().map(DateValue::parse).toList();
	}

	/** Written the way the document wrote {@code original}: with or without the year. */
	String inStyleOf(String original) {
		if (this.precision != Precision.DAY || original.matches(".*\\d{4}.*")) {
			return display();
		}
		LocalDate d = LocalDate.parse(this.iso);
		boolean abbreviated = original.matches("^[A-Z][a-z]{2,3}\\..*");
		String month = abbreviated ? apMonth(d.getMonthValue()) : monthName(d.getMonthValue());
		return month + " " + d.getDayOfMonth();
	}

	private static String longDay(LocalDate d) {
		return monthName(d.getMonthValue()) + " " + d.getDayOfMonth() + ", " + d.getYear();
	}

	private static String monthName(int month) {
		return java.time.Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
	}

	private static String apMonth(int month) {
		return List.of("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")
			.get(month - 1);
	}

}
