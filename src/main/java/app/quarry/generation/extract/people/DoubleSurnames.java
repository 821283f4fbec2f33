package app.quarry.generation.extract.people;

import java.util.List;

/**
 * A double surname joins two family names with a hyphen ("Smith-Jones"), and a story may
 * call its bearer by either. Both halves must look like names of their own: capitalised
 * and of three letters or more, so that a hyphenated given name ("Jong-un", "Yo-Jong") or
 * a particle ("al-", "Ben-") is never cut.
 */
final class DoubleSurnames {

	private static final int MIN_LETTERS = 3;

	private DoubleSurnames() {
	}

	/** The keys of the two halves of a hyphenated surname, or none. */
	static List<String> halves(String surname) {
		String[] pieces = surname.split("-");
		if (pieces.length != 2 || !nameLike(pieces[0]) || !nameLike(pieces[1])) {
			return List.of();
		}
		return List.of(NameKey.of(pieces[0]), NameKey.of(pieces[1]));
	}

	private static boolean nameLike(String piece) {
		if (piece.length() < MIN_LETTERS || !Character.isUpperCase(piece.charAt(0))) {
			return false;
		}
		for (int i = 1; i < piece.length(); i++) {
			if (!Character.isLowerCase(piece.charAt(i))) {
				return false;
			}
		}
		return true;
	}

}
