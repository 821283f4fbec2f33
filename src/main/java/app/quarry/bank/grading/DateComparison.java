package app.quarry.bank.grading;

import java.util.List;

/**
 * Compares the readings of a typed date with an ISO 8601 date value (see
 * {@link DateReader}).
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

	private static Grade nearMiss(String reading, String value) {
		if (reading.startsWith("--") && value.length() == 10 && value.endsWith(reading.substring(1))) {
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
