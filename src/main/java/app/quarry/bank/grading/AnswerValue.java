package app.quarry.bank.grading;

import app.quarry.bank.QuestionType;

import java.util.List;
import java.util.OptionalLong;

/**
 * The normalized value of an answer a teacher typed, as the bank format keeps it: an ISO
 * 8601 date for date questions, an integer for counts, the answer itself otherwise. Typed
 * responses are graded against this value, so it must follow every edit of the answer.
 */
public final class AnswerValue {

	private AnswerValue() {
	}

	/**
	 * The value of {@code answer} for a question of this type; where the answer reads as
	 * several dates ("4/1/2018"), the reading that was the value before wins.
	 */
	public static String of(String type, String answer, String previousValue) {
		String text = answer.strip();
		if (QuestionType.DATE.names(type)) {
			List<String> readings = DateReader.read(text);
			if (!readings.isEmpty()) {
				if (readings.contains(previousValue)) {
					return previousValue;
				}
				// "May 24" for a question whose value was 2018-05-24 keeps the year it
				// had
				if (previousValue != null && readings.contains(DateReader.withoutYear(previousValue))) {
					return previousValue;
				}
				return readings.get(0);
			}
		}
		if (QuestionType.COUNT.names(type)) {
			OptionalLong number = NumberWords.read(text);
			if (number.isPresent()) {
				return Long.toString(number.getAsLong());
			}
		}
		return text;
	}

}
