package app.quarry.generation.extract.people;

import java.util.Locale;
import java.util.Set;

/**
 * '“…,” the company said.': a bare body noun after "the" tells no reader who spoke; it
 * stands for an organisation the story named before. Answered as it stands ("The
 * company") it is no answer at all, so such a speaker is left unnamed unless a rule that
 * links it to the one organisation in focus has already put that name in its place.
 * Bodies that are themselves the answer a reader expects ("the government", "the police")
 * are kept.
 */
final class PlainBodySpeakers {

	/** Nouns that only point back to a named organisation. */
	private static final Set<String> PLAIN_NOUNS = NameLexicon.words("company", "firm", "group", "concern", "office");

	private PlainBodySpeakers() {
	}

	/**
	 * Whether the description is "the" and a plain body noun only ("the company", "the
	 * office"), or "the" and a capitalised title alone ("the Prince", "the Minister"): a
	 * title written as a name stands for the one holder the story named before, and is no
	 * answer on its own.
	 */
	static boolean plain(String description) {
		String[] told = description.trim().split("\\s+");
		String[] words = description.toLowerCase(Locale.ROOT).trim().split("\\s+");
		if (words.length != 2 || !words[0].equals("the")) {
			return false;
		}
		boolean title = Character.isUpperCase(told[1].charAt(0)) && NameLexicon.isRoleNoun(words[1]);
		return PLAIN_NOUNS.contains(words[1]) || title;
	}

}
