package app.quarry.generation.extract.people;

import java.util.regex.Pattern;

/**
 * "a" or "an" before a description, by how its first word sounds: "an oil company", "a
 * U.S. lender", "an FBI agent", "a unit", "an hourly wage".
 */
final class Indefinites {

	/** Capitals spelled out letter by letter whose names start with a vowel sound. */
	private static final String VOWEL_LETTERS = "AEFHILMNORSX";

	/** Words whose first vowel letter sounds as "you" or "w", or whose "h" is silent. */
	private static final Pattern CONSONANT_SOUND = Pattern.compile("(?i)(uni|use|usu|uti|eu|one|once|ure).*");

	private static final Pattern SILENT_H = Pattern.compile("(?i)(hour|honest|honor|honour|heir).*");

	private Indefinites() {
	}

	static String of(String words) {
		String first = words.split("[ -]", 2)[0];
		boolean spelled = first.length() > 1 && first.replace(".", "").chars().allMatch(Character::isUpperCase);
		boolean vowel;
		if (spelled) {
			vowel = VOWEL_LETTERS.indexOf(first.charAt(0)) >= 0;
		}
		else {
			vowel = "aeiouAEIOU".indexOf(first.isEmpty() ? 'x' : first.charAt(0)) >= 0
					&& !CONSONANT_SOUND.matcher(first).matches() || SILENT_H.matcher(first).matches();
		}
		return (vowel ? "an " : "a ") + words;
	}

}
