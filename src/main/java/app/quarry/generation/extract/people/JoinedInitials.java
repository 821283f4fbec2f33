package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * Initials written together ("P.J. Crowley", "J.R.R. Tolkien") stand for given names,
 * unless they are the usual abbreviation of a country, a city or a body ("U.S.", "U.N.",
 * "D.C."), which are never the start of a person's name.
 */
final class JoinedInitials {

	private static final Set<String> OF_PLACES_AND_BODIES = Set.of("U.S.", "U.N.", "U.K.", "E.U.", "U.S.A.", "U.S.S.R.",
			"N.Y.", "N.J.", "D.C.", "L.A.", "N.C.", "S.C.", "B.C.", "A.D.", "P.M.", "A.M.", "N.H.", "R.I.", "W.Va.");

	private JoinedInitials() {
	}

	static boolean ofPerson(String word) {
		int length = word.length();
		if (length < 4 || length > 8 || length % 2 != 0) {
			return false;
		}
		for (int i = 0; i < length; i += 2) {
			if (!Character.isUpperCase(word.charAt(i)) || word.charAt(i + 1) != '.') {
				return false;
			}
		}
		return !OF_PLACES_AND_BODIES.contains(word);
	}

}
