package app.quarry.bank.grading;

import java.util.List;

/**
 * Compares the readings of a typed date with an ISO 8601 date value (see
 * {@link DateReader}).
 * <p>
 * The value always has its year (the generator resolves it from the document), but the
 * answer as shown may leave it out ("May 24", when the question says "that year"). A
 * response is held to the answer as shown: when the answer or an accepted wording has no
 * year, the same day typed without one ("24 May", "24th May", "May 24") is correct; when
 * the answer has its year, leaving it out is "almost".
 */
final class DateComparison {

	private DateComparison() {
	}

	static Grade grade(AnswerKey key, String response) {
		List<String> readings = DateReader.read(response);
		if (readings.isEmpty()) {
			return spellingOfDate(key, response);
		}
		String value = key.value();
		String yearless = DateReader.withoutYear(value);
		if (!yearless.isEmpty() && answersWithoutYear(key, yearless) && readings.contains(yearless)) {
			if (readings.size() > 1) {
				return Grade.almost("“" + response.strip() + "” could be " + String.join(" or ", readings)
						+ "; write the month as a word");
			}
			return Grade.correct("read as " + yearless + ", the day the answer gives");
		}
		if (readings.size() > 1) {
			if (readings.contains(value)) {
				return Grade.almost("“" + response.strip() + "” could be " + String.join(" or ", readings)
						+ "; write the month as a word");
			}
			return Grade.wrong("read as " + String.join(" or ", readings) + ", not " + value);
		}
		String reading = readings.get(0);
		if (reading.equals(value)) {
			return Grade.correct("read as " + reading);
		}
		return nearMiss(reading, value);
	}

	/** Whether the answer as shown, or a wording accepted for it, leaves the year out. */
	private static boolean answersWithoutYear(AnswerKey key, String yearless) {
		return AnswerMatcher.wordings(key)
			.stream()
			.anyMatch(wording -> DateReader.read(wording).equals(List.of(yearless)));
	}

	private static Grade nearMiss(String reading, String value) {
		if (reading.startsWith("--") && reading.equals(DateReader.withoutYear(value))) {
			return Grade.almost("read as " + reading + ": the year is missing");
		}
		if (value.contains("/")) {
			String[] range = value.split("/");
			if (reading.length() == 10 && reading.compareTo(range[0]) >= 0 && reading.compareTo(range[1]) <= 0) {
				return Grade.almost("read as " + reading + ", one day of " + value);
			}
		}
		else if (value.startsWith(reading)) {
			return Grade.almost("read as " + reading + ", less precise than " + value);
		}
		else if (reading.startsWith(value)) {
			return Grade.almost("read as " + reading + ", more precise than " + value);
		}
		return Grade.wrong("read as " + reading + ", not " + value);
	}

	/** A response that is no date at all may still be a misspelt one ("Aprl 1, 2018"). */
	private static Grade spellingOfDate(AnswerKey key, String response) {
		String typed = TextNormalizer.words(response);
		for (String wording : AnswerMatcher.wordings(key)) {
			if (EditDistance.isCloseMisspelling(typed, TextNormalizer.words(wording))
					&& digits(typed).equals(digits(TextNormalizer.words(wording)))) {
				return Grade.almost("close to the spelling of “" + wording + "”");
			}
		}
		return Grade.wrong("not read as a date");
	}

	private static String digits(String text) {
		return text.replaceAll("\\D", "");
	}

}
