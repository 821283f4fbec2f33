package app.quarry.generation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A role that speaks of its owner by a pronoun ("its chief operating officer", "chief
 * operating officer of its Asian unit") says nothing on a card away from its sentence:
 * whose officer? A pronoun that opens the role only says the role belongs to someone
 * else, and the rest still describes ("chief operating officer"); an "its" or "their"
 * inside it names the very thing the role is of, and without its owner the role is no
 * answer at all.
 */
final class DanglingPossessives {

	/** A possessive pronoun opening the role, and the rest of the role. */
	private static final Pattern OPENING = Pattern.compile("^(?i:its|their|his|her) (.+)$");

	/**
	 * "its" or "their" inside a role: a thing or a group the card does not name. A "his"
	 * or "her" inside speaks of the person described ("the best bowler on his team").
	 */
	private static final Pattern ANYWHERE = Pattern.compile("(?i)(?<![\\p{L}'’-])(?:its|their)(?![\\p{L}'’-])");

	private DanglingPossessives() {
	}

	/**
	 * The role without a possessive pronoun that opens it, the role itself when it has
	 * none, or {@code null} when a pronoun stays inside it.
	 */
	static String resolved(String role) {
		String rest = role;
		Matcher opening = OPENING.matcher(role);
		if (opening.matches()) {
			rest = opening.group(1);
		}
		return ANYWHERE.matcher(rest).find() ? null : rest;
	}

}
