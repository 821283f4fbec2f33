package app.quarry.generation.extract.people;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Alan Pike, 45, has joined the campaign. The 45-year-old said ...": news carries on the
 * person it has just named with their age alone, as a noun. The age is a description of
 * that person only where it agrees with any age the story gave them before: "Alan Pike,
 * 52," makes a later "the 45-year-old" someone else.
 */
final class AgeAsDescription {

	private static final Pattern AGE = Pattern.compile("(\\d{1,3})-year-old");

	private AgeAsDescription() {
	}

	/** Whether the token is an age used as a noun's place: "45-year-old". */
	static boolean ageAt(DocumentTokens doc, int k) {
		return AGE.matcher(doc.get(k).lower()).matches();
	}

	/**
	 * Whether the story gave the person no other age before {@code end} (a character
	 * offset): none set off after one of their names ("Pike, 52,") nor held as a role
	 * ("52-year-old banker").
	 */
	static boolean agrees(String text, int end, LocalPerson person, String age) {
		Matcher told = AGE.matcher(age.toLowerCase(java.util.Locale.ROOT));
		if (!told.matches()) {
			return false;
		}
		String years = told.group(1);
		for (String role : person.roles) {
			Matcher held = AGE.matcher(role.toLowerCase(java.util.Locale.ROOT));
			while (held.find()) {
				if (!held.group(1).equals(years)) {
					return false;
				}
			}
		}
		String before = text.substring(0, end);
		for (String spelling : person.spellings.keySet()) {
			String surname = spelling.substring(spelling.lastIndexOf(' ') + 1);
			Matcher apposed = Pattern.compile("\\b" + Pattern.quote(surname) + ", (\\d{1,3}),").matcher(before);
			while (apposed.find()) {
				if (!apposed.group(1).equals(years)) {
					return false;
				}
			}
		}
		return true;
	}

}
