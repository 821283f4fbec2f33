package app.quarry.generation.extract;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** ISO 8601 durations from a number and an English unit ("24", "days" is P24D). */
final class Durations {

	private static final Pattern LAST_UNIT = Pattern
		.compile("(?s).*\\b(minute|hour|day|week|month|quarter|year|decade|centur)");

	private Durations() {
	}

	static String iso(long n, String unit) {
		return iso(n, unit, false);
	}

	/**
	 * A length of {@code n} units and a half when {@code andAHalf} ("2 1/2 years" is
	 * P2Y6M), the half in the next smaller unit where the unit has one.
	 */
	static String iso(long n, String unit, boolean andAHalf) {
		if (andAHalf) {
			return switch (unit.endsWith("s") ? unit.substring(0, unit.length() - 1) : unit) {
				case "day" -> "P" + n + "DT12H";
				case "week" -> "P" + (n * 7 + 3) + "DT12H";
				case "month" -> "P" + n + ".5M";
				case "year" -> "P" + n + "Y6M";
				case "decade" -> "P" + (n * 10 + 5) + "Y";
				case "quarter" -> "P" + n + ".5Q";
				case "hour" -> "PT" + n + "H30M";
				default -> "PT" + n + "M30S";
			};
		}
		return switch (unit.endsWith("s") ? unit.substring(0, unit.length() - 1) : unit) {
			case "day" -> "P" + n + "D";
			case "week" -> "P" + n + "W";
			case "month" -> "P" + n + "M";
			case "year" -> "P" + n + "Y";
			case "decade" -> "P" + n * 10 + "Y";
			case "quarter" -> "P" + n + "Q";
			case "hour" -> "PT" + n + "H";
			default -> "PT" + n + "M";
		};
	}

	/**
	 * A length whose count the words do not give ("several years", "recent months"): its
	 * unit with the count unknown, as TimeML writes it (PXY; decades PXE, centuries PXC).
	 */
	static String vague(String words) {
		Matcher m = LAST_UNIT.matcher(words.toLowerCase(Locale.ROOT));
		if (!m.lookingAt()) {
			return null;
		}
		return switch (m.group(1)) {
			case "minute" -> "PTXM";
			case "hour" -> "PTXH";
			case "day" -> "PXD";
			case "week" -> "PXW";
			case "month" -> "PXM";
			case "quarter" -> "PXQ";
			case "decade" -> "PXE";
			case "centur" -> "PXC";
			default -> "PXY";
		};
	}

	/**
	 * The value of a recurring time: "every year" and "annually" recur each P1Y; "each
	 * Thursday" is any Thursday, XXXX-WXX-4, and "each July" XXXX-07.
	 */
	static String recurrence(String unit, String adverb) {
		String u = (unit != null ? unit : adverb).toLowerCase(Locale.ROOT);
		return switch (u) {
			case "day", "daily" -> "P1D";
			case "week", "weekly" -> "P1W";
			case "month", "monthly" -> "P1M";
			case "quarter" -> "P1Q";
			case "year", "yearly", "annually" -> "P1Y";
			case "hour", "hourly" -> "PT1H";
			case "nightly" -> "XXXX-XX-XXTNI";
			default -> {
				try {
					yield "XXXX-WXX-" + java.time.DayOfWeek.valueOf(u.toUpperCase(Locale.ROOT)).getValue();
				}
				catch (IllegalArgumentException notAWeekday) {
					yield String.format(Locale.ROOT, "XXXX-%02d", DateExpressions.month(u));
				}
			}
		};
	}

}
