package app.quarry.generation.extract;

/** ISO 8601 durations from a number and an English unit ("24", "days" is P24D). */
final class Durations {

	private Durations() {
	}

	static String iso(long n, String unit) {
		return switch (unit.replaceAll("s$", "")) {
			case "day" -> "P" + n + "D";
			case "week" -> "P" + n + "W";
			case "month" -> "P" + n + "M";
			case "year" -> "P" + n + "Y";
			case "decade" -> "P" + n * 10 + "Y";
			case "hour" -> "PT" + n + "H";
			default -> "PT" + n + "M";
		};
	}

}
