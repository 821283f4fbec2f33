package app.quarry.generation.extract.people;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.quarry.generation.extract.EntityFact;

/**
 * A body the text spells out and also calls by its initials ("the Harbour Safety Board
 * (HSB) ... the HSB warned", or a headline's "HSB:" over a story that names the Harbour
 * Safety Board) is known by its full name: a speaker told by the initials is answered
 * with the words they stand for, as a reader who met both would name it. The words must
 * spell the initials letter by letter, as {@link Acronyms} reads them.
 */
final class SpelledOutSpeakers {

	/** A run of capitalised words and the small words that join them in a name. */
	private static final Pattern CAPITALISED_RUN = Pattern
		.compile("\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:(?:of|for|and|on|the|de|du|des|la|sans)\\s+)?\\p{Lu}[\\p{L}'’-]*)+");

	private final String text;

	private final Map<String, String> words = new HashMap<>();

	SpelledOutSpeakers(String text) {
		this.text = text;
		for (EntityFact acronym : Acronyms.in(text)) {
			this.words.putIfAbsent(acronym.value(), acronym.description());
		}
	}

	/**
	 * The spelled-out name for initials the text spells out, else the speaker as given.
	 */
	String fullName(String speaker) {
		String initials = speaker != null && speaker.startsWith("the ") ? speaker.substring(4) : speaker;
		if (initials == null || initials.length() < 2 || !initials.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
			return speaker;
		}
		String spelled = this.words.computeIfAbsent(initials, this::spelledAnywhere);
		return spelled.isEmpty() ? speaker : spelled;
	}

	/** The first run of capitalised words in the text that spells the initials, or "". */
	private String spelledAnywhere(String initials) {
		Matcher run = CAPITALISED_RUN.matcher(this.text);
		while (run.find()) {
			String[] parts = run.group().split("\\s+");
			// "A United Nations report": the run may hold more than the name
			for (int from = 0; from < parts.length; from++) {
				for (int to = parts.length; to > from + 1; to--) {
					// "the Harbour Safety Board's report": the name without its
					// possessive
					String name = String.join(" ", java.util.Arrays.copyOfRange(parts, from, to))
						.replaceAll("(?:['’]s?)$", "");
					if (Character.isUpperCase(parts[to - 1].charAt(0)) && Acronyms.spells(initials, name)) {
						return name;
					}
				}
			}
		}
		return "";
	}

}
