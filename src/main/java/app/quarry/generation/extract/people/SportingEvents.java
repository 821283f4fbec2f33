package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * Words that make a capitalized run the name of a race, a cup or a series ("Grand Prix",
 * "Formula Renault", "Davis Cup"), which a people's adjective often stands before ("the
 * French Grand Prix") and which is no person.
 */
final class SportingEvents {

	private static final Set<String> WORDS = NameLexicon.words("prix", "formula", "cup", "open", "championship",
			"championships", "games", "series", "grand", "trophy", "rally", "derby", "marathon", "classic", "masters",
			"olympics");

	private SportingEvents() {
	}

	/** Whether a word of the run {@code [start, end)} names a sporting event. */
	static boolean named(DocumentTokens doc, int start, int end) {
		for (int t = start; t < end; t++) {
			if (WORDS.contains(doc.get(t).lower())) {
				return true;
			}
		}
		return false;
	}

}
