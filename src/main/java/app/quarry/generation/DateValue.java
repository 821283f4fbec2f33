package app.quarry.generation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import app.quarry.generation.extract.IsoDates;

/**
 * An ISO 8601 date value of a fact ({@code 2018-04-01}, {@code 2018-04}, {@code 2018} or
 * a range {@code 2019-02-27/2019-02-28}) with the ways a learner may write it and the
 * nearby values of the same precision that make fair distractors.
 */
record DateValue(String iso, Precision precision) {

	/**
	 * The English names of the months, as {@code Month.getDisplayName} gives them: asked
	 * for each date shown, that lookup went through the locale's data each time.
	 */
	private static final List<String> MONTH_NAMES = List.of("January", "February", "March", "April", "May", "June",
			"July", "August", "September", "October", "November", "December");

	/** Words that give their year: "2019", "44 BC". */
	private static final Pattern WITH_YEAR = Pattern
		.compile(".*\\d{4}.*|.*\\d\\s*(?:BCE?|B\\.C\\.|AD|CE|A\\.D\\.)\\b.*");

	/** A month written short: "Sept. 7". */
	private static final Pattern ABBREVIATED_MONTH = Pattern.compile("^[A-Z][a-z]{2,3}\\..*");

	enum Precision {

		DAY, MONTH, YEAR, RANGE

	}

	private static final java.util.regex.Pattern END_ISO = java.util.regex.Pattern
		.compile("-?\\d{4}(?:-\\d{2}(?:-\\d{2})?)?");

	private static final java.util.regex.Pattern DAY_ISO = java.util.regex.Pattern.compile("-?\\d{4}-\\d{2}-\\d{2}");

	static final java.util.regex.Pattern MONTH_ISO = java.util.regex.Pattern.compile("-?\\d{4}-\\d{2}");

	static final java.util.regex.Pattern YEAR_ISO = java.util.regex.Pattern.compile("-?\\d{4}");

	/**
	 * Parses a fact's value; null when it is not one of the four shapes. A range's ends
	 * are days, months or years alike ("2010/2011", "2006-07/2006-12"), the first before
	 * the second.
	 */
	static DateValue parse(String iso) {
		if (iso == null) {
			return null;
		}
		int slash = iso.indexOf('/');
		if (slash > 0) {
			String from = iso.substring(0, slash);
			String to = iso.substring(slash + 1);
			if (!END_ISO.matcher(from).matches() || !END_ISO.matcher(to).matches()
					|| from.replace("-", "").length() != to.replace("-", "").length()) {
				return null;
			}
			return compare(from, to) < 0 && valid(from) && valid(to) ? new DateValue(iso, Precision.RANGE) : null;
		}
		if (DAY_ISO.matcher(iso).matches()) {
			return valid(iso) ? new DateValue(iso, Precision.DAY) : null;
		}
		if (MONTH_ISO.matcher(iso).matches()) {
			return valid(iso) ? new DateValue(iso, Precision.MONTH) : null;
		}
		return YEAR_ISO.matcher(iso).matches() ? new DateValue(iso, Precision.YEAR) : null;
	}

	private static boolean valid(String end) {
		try {
			// the fields checked directly: parsing with a formatter was a tenth of the
			// time spent on date questions
			if (DAY_ISO.matcher(end).matches()) {
				int at = end.length() - 10;
				LocalDate.of(Integer.parseInt(end.substring(0, at + 4)),
						Integer.parseInt(end.substring(at + 5, at + 7)), Integer.parseInt(end.substring(at + 8)));
			}
			else if (MONTH_ISO.matcher(end).matches()) {
				int at = end.length() - 7;
				YearMonth.of(Integer.parseInt(end.substring(0, at + 4)), Integer.parseInt(end.substring(at + 5)));
			}
			return true;
		}
		catch (java.time.DateTimeException ex) {
			return false;
		}
	}

	/** Orders two ends of the same shape, years before 1 (written with a sign) first. */
	private static int compare(String a, String b) {
		int ya = year(a);
		int yb = year(b);
		if (ya != yb) {
			return Integer.compare(ya, yb);
		}
		return a.compareTo(b);
	}

	/** The (astronomical) year of an ISO value or of a range's first end. */
	static int year(String iso) {
		boolean bc = iso.startsWith("-");
		int y = Integer.parseInt(iso.substring(bc ? 1 : 0, bc ? 5 : 4));
		return bc ? -y : y;
	}

	/**
	 * The precision with, for a range, what its ends are: distractors of a year range are
	 * year ranges, not spans of days.
	 */
	String shape() {
		if (this.precision != Precision.RANGE) {
			return this.precision.name();
		}
		String from = this.iso.substring(0, this.iso.indexOf('/'));
		String shape = "RANGE" + from.replace("-", "").length();
		if (YEAR_ISO.matcher(from).matches()) {
			// a decade or a century is a different question from a season of two years:
			// "the 1920s" is no option for "1935–36"
			String named = range();
			if (named.startsWith("the ")) {
				return shape + (named.endsWith("s") ? "-decade" : "-century");
			}
		}
		return shape;
	}

	/**
	 * As shown to a learner: "April 1, 2018", "April 2018", "2018", "44 BC", "February
	 * 27–28, 2019", "2010–2011", "July–December 2006", "the 1980s".
	 */
	String display() {
		return switch (this.precision) {
			case DAY -> longDay(IsoDates.day(this.iso));
			case MONTH -> monthName(IsoDates.month(this.iso).getMonthValue()) + " " + yearName(year(this.iso));
			case YEAR -> yearName(year(this.iso));
			case RANGE -> range();
		};
	}

	private static String yearName(int year) {
		if (year <= 0) {
			return (1 - year) + " BC";
		}
		return year < 1000 ? "AD " + year : Integer.toString(year);
	}

	private String range() {
		String fromIso = this.iso.substring(0, this.iso.indexOf('/'));
		String toIso = this.iso.substring(this.iso.indexOf('/') + 1);
		if (YEAR_ISO.matcher(fromIso).matches()) {
			int from = year(fromIso);
			int to = year(toIso);
			if (from > 0 && from % 10 == 0 && to == from + 9) {
				return "the " + from + "s";
			}
			if (from > 0 && from % 100 == 1 && to == from + 99) {
				return "the " + ordinal(to / 100) + " century";
			}
			if (to <= 0 && to % 100 == 0 && from == to - 99) {
				return "the " + ordinal(-to / 100 + 1) + " century BC";
			}
			return from > 0 ? from + "–" + to : yearName(from) + " – " + yearName(to);
		}
		if (MONTH_ISO.matcher(fromIso).matches()) {
			YearMonth from = IsoDates.month(fromIso);
			YearMonth to = IsoDates.month(toIso);
			if (from.getYear() == to.getYear()) {
				return monthName(from.getMonthValue()) + "–" + monthName(to.getMonthValue()) + " "
						+ yearName(from.getYear());
			}
			return monthName(from.getMonthValue()) + " " + yearName(from.getYear()) + " – "
					+ monthName(to.getMonthValue()) + " " + yearName(to.getYear());
		}
		LocalDate from = IsoDates.day(fromIso);
		LocalDate to = IsoDates.day(toIso);
		if (from.getYear() == to.getYear() && from.getMonth() == to.getMonth()) {
			return monthName(from.getMonthValue()) + " " + from.getDayOfMonth() + "–" + to.getDayOfMonth() + ", "
					+ yearName(from.getYear());
		}
		return longDay(from) + " – " + longDay(to);
	}

	private static String ordinal(int n) {
		String suffix = n % 100 >= 11 && n % 100 <= 13 ? "th" : switch (n % 10) {
			case 1 -> "st";
			case 2 -> "nd";
			case 3 -> "rd";
			default -> "th";
		};
		return n + suffix;
	}

	/** What a typed answer is accepted as, besides lenient matching. */
	List<String> accepted() {
		List<String> forms = new ArrayList<>();
		forms.add(display());
		if (this.precision == Precision.DAY) {
			LocalDate d = IsoDates.day(this.iso);
			forms.add(d.getDayOfMonth() + " " + monthName(d.getMonthValue()) + " " + yearName(d.getYear()));
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
		return NearDates.of(this);
	}

	/** Written the way the document wrote {@code original}: with or without the year. */
	String inStyleOf(String original) {
		if (this.precision != Precision.DAY || WITH_YEAR.matcher(original).matches()) {
			return display();
		}
		LocalDate d = IsoDates.day(this.iso);
		boolean abbreviated = ABBREVIATED_MONTH.matcher(original).matches();
		String month = abbreviated ? apMonth(d.getMonthValue()) : monthName(d.getMonthValue());
		return month + " " + d.getDayOfMonth();
	}

	private static String longDay(LocalDate d) {
		return monthName(d.getMonthValue()) + " " + d.getDayOfMonth() + ", " + yearName(d.getYear());
	}

	private static String monthName(int month) {
		return MONTH_NAMES.get(month - 1);
	}

	private static String apMonth(int month) {
		return List.of("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")
			.get(month - 1);
	}

}
