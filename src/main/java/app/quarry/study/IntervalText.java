package app.quarry.study;

import java.time.Duration;

/**
 * Short interval labels for rating buttons, as Anki writes them: 1m, 10m, 3h, 4d, 2.5mo,
 * 1.2y.
 */
public final class IntervalText {

	private IntervalText() {
	}

	public static String of(Duration interval) {
		long seconds = Math.max(0, interval.toSeconds());
		if (seconds < 60) {
			return "<1m";
		}
		if (seconds < 3_600) {
			return Math.round(seconds / 60.0) + "m";
		}
		if (seconds < 86_400) {
			return Math.round(seconds / 3_600.0) + "h";
		}
		double days = seconds / 86_400.0;
		if (days < 30) {
			return Math.round(days) + "d";
		}
		if (days < 365) {
			return oneDecimal(days / 30.0) + "mo";
		}
		return oneDecimal(days / 365.0) + "y";
	}

	private static String oneDecimal(double value) {
		long tenths = Math.round(value * 10);
		return (tenths % 10 == 0) ? Long.toString(tenths / 10) : (tenths / 10) + "." + (tenths % 10);
	}

	/** How a screen reader should say it: "1 minute", "4 days". */
	public static String spoken(Duration interval) {
		String text = of(interval);
		if (text.equals("<1m")) {
			return "less than a minute";
		}
		String number = text.replaceAll("[a-z]+$", "");
		String unit = text.substring(number.length());
		String word = switch (unit) {
			case "m" -> "minute";
			case "h" -> "hour";
			case "d" -> "day";
			case "mo" -> "month";
			default -> "year";
		};
		return number + " " + word + (number.equals("1") ? "" : "s");
	}

}
