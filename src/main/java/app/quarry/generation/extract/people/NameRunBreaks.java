package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * Where a run of capitalized words stops short of being one name: the weekday wire copy
 * puts after a name ("Jane Roe Saturday vowed") and a word a speaker broke off ("Ma-
 * Marta Roe").
 */
final class NameRunBreaks {

	/** Wire copy puts the day between a name and its verb: "Jane Roe Monday said". */
	private static final Set<String> WEEKDAYS = Set.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
			"Saturday", "Sunday");

	private NameRunBreaks() {
	}

	/**
	 * A day's name: "Monday secretary of state Jane Roe" is a date before a title, and
	 * "the ministry Saturday condemned" a date after a name, no part of either.
	 */
	static boolean weekday(Token token) {
		return WEEKDAYS.contains(token.text());
	}

	/**
	 * "President Jane Roe Saturday vowed": the day a wire story puts before the verb is
	 * no part of the name, where a capitalized word after it ("Sunday Times") may make
	 * one.
	 */
	static boolean dayBeforeVerb(DocumentTokens doc, int t) {
		return WEEKDAYS.contains(doc.get(t).text()) && doc.get(t - 1).nameLike() && t + 1 < doc.size()
				&& !doc.boundaryBefore(t + 1) && doc.get(t + 1).word()
				&& Character.isLowerCase(doc.get(t + 1).text().charAt(0));
	}

	/**
	 * "Do- Donna": a word broken off by a hyphen and a space before a capitalized word,
	 * as a transcript writes a speaker who started again.
	 */
	static boolean falseStartAt(DocumentTokens doc, int t) {
		if (t < 0 || t + 2 >= doc.size() || !doc.get(t).word() || !doc.get(t + 1).is("-")) {
			return false;
		}
		Token hyphen = doc.get(t + 1);
		return hyphen.start() == doc.get(t).end() && doc.get(t + 2).start() > hyphen.end()
				&& doc.get(t + 2).capitalized() && !doc.boundaryBefore(t + 2);
	}

}
