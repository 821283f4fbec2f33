package app.quarry.generation;

import java.util.regex.Pattern;

/**
 * A description that places its subject in a whole the text names only by a common noun
 * with "the" ("part of the consortium", "a member of the group", "the chairman of the
 * board"): the whole is whichever one the story was about, so asking which organisation
 * or person the description fits names no consortium and no group. The card that asks
 * what the named one is keeps it, as "the boy's father" is kept.
 */
final class UnnamedWholes {

	/**
	 * The description's last words are "of the" and one or two lowercase words, with no
	 * capital anywhere before them that could say whose whole it is.
	 */
	private static final Pattern OF_AN_UNNAMED_WHOLE = Pattern
		.compile("^[^\\p{Lu}]*\\bof the \\p{Ll}[\\p{Ll}-]*(?: \\p{Ll}[\\p{Ll}-]*)?$");

	private UnnamedWholes() {
	}

	/** Whether the description leans on a whole its story named earlier. */
	static boolean leansOn(String description) {
		return OF_AN_UNNAMED_WHOLE.matcher(description).find();
	}

}
