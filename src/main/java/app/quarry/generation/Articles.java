package app.quarry.generation;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The article a description needs in a prompt: "described as consulting firm" reads as
 * "described as a consulting firm", "Apple CEO" as "the Apple CEO". A description that
 * has its own determiner ("the main union", "Europe's biggest airline") keeps it.
 */
final class Articles {

	private static final Pattern DETERMINED = Pattern
		.compile("^(?:the|a|an|his|her|its|their|one|another|some)\\s|^\\S+['’]s?\\s", Pattern.CASE_INSENSITIVE);

	/**
	 * Letters whose spoken name begins with a vowel: "an NAACP lawyer", "an FBI agent".
	 */
	private static final String VOWEL_LETTER_NAMES = "AEFHILMNORSX";

	/** Vowel letters spoken as a consonant ("a European", "a unit", "a one-time"). */
	private static final Pattern CONSONANT_SOUND = Pattern.compile("^(?:eu|uni|use|usu|ur[aeiou]|one|once|u\\.)",
			Pattern.CASE_INSENSITIVE);

	/** A silent h ("an honorary consul"). */
	private static final Set<String> SILENT_H = Set.of("honorary", "honourable", "honorable", "honest", "hour", "heir",
			"heiress");

	private Articles() {
	}

	/** Whether the description opens with an article or another determiner. */
	static boolean determined(String description) {
		return DETERMINED.matcher(description).find();
	}

	/** "a consulting firm", "an Irish airline"; unchanged when it has a determiner. */
	static String indefinite(String description) {
		if (description.isEmpty() || determined(description)) {
			return description;
		}
		return indefiniteArticle(description) + " " + description;
	}

	/** "the Apple CEO"; unchanged when it has a determiner. */
	static String definite(String description) {
		if (description.isEmpty() || determined(description)) {
			return description;
		}
		return "the " + description;
	}

	static String indefiniteArticle(String description) {
		String first = description.split("[\\s-]", 2)[0];
		boolean acronym = first.length() > 1 && first.chars().allMatch(c -> Character.isUpperCase(c) || c == '.');
		if (acronym) {
			return VOWEL_LETTER_NAMES.indexOf(first.charAt(0)) >= 0 ? "an" : "a";
		}
		String lower = first.toLowerCase(Locale.ROOT);
		if (SILENT_H.contains(lower)) {
			return "an";
		}
		boolean vowel = !lower.isEmpty() && "aeiou".indexOf(lower.charAt(0)) >= 0;
		return vowel && !CONSONANT_SOUND.matcher(lower).find() ? "an" : "a";
	}

}
