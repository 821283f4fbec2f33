package app.quarry.generation.extract.people;

/**
 * Marks inside an apposition that do not end it: the commas around a state after a town
 * that modifies the role ("a New Carlisle, Pa., marketing consultant"), and the
 * apostrophe of a plural owner ("Marlow Foods' chairman").
 */
final class StatedPlaces {

	private static final int MAX_STATE_TOKENS = 5;

	private StatedPlaces() {
	}

	/**
	 * True when the mark at {@code t} is one of the commas or stops of a town and its
	 * state that the apposition from {@code first} opens with, before any role noun, the
	 * lower-case role after them: "a New Carlisle, Pa., marketing consultant". A role
	 * noun before the town ("a lawyer in Marlow, Pa., filed the suit") leaves the comma
	 * the apposition's end.
	 */
	static boolean insideModifier(DocumentTokens doc, int first, int t) {
		for (int c = first + 1; c <= t && c < doc.size(); c++) {
			if (doc.get(c).is(",") && townComma(doc, first, c)) {
				return t <= stateEnd(doc, c + 1);
			}
		}
		return false;
	}

	/**
	 * Where the role words start in an apposition from {@code first} to {@code end}:
	 * after the town and state that modify it ("marketing consultant" in "a New Carlisle,
	 * Pa., marketing consultant"), else at {@code first}.
	 */
	static int roleStart(DocumentTokens doc, int first, int end) {
		for (int c = first + 1; c < end; c++) {
			if (doc.get(c).is(",") && stateComma(doc, first, c)) {
				return c + 1;
			}
		}
		return first;
	}

	/** The comma after the town: "a New Carlisle, Pa., marketing consultant". */
	private static boolean townComma(DocumentTokens doc, int first, int comma) {
		if (comma + 2 >= doc.size() || comma <= first || !doc.get(comma - 1).capitalized()
				|| RoleWords.roleWordNearStart(doc, first, comma)) {
			return false;
		}
		int t = stateEnd(doc, comma + 1);
		return t > comma + 1 && doc.get(t - 1).text().endsWith(".") && t + 1 < doc.size() && doc.get(t).is(",")
				&& !doc.boundaryBefore(t + 1) && doc.get(t + 1).word() && !doc.get(t + 1).capitalized()
				&& RoleWords.roleWordNearStart(doc, t + 1, Math.min(doc.size(), t + 5));
	}

	/** The comma after the state, whose town's comma came right before it. */
	private static boolean stateComma(DocumentTokens doc, int first, int comma) {
		for (int c = comma - 1; c > first && comma - c <= MAX_STATE_TOKENS; c--) {
			if (doc.get(c).is(",")) {
				return stateEnd(doc, c + 1) == comma && townComma(doc, first, c);
			}
		}
		return false;
	}

	/** The token after a state's name or abbreviation that starts at {@code state}. */
	private static int stateEnd(DocumentTokens doc, int state) {
		int t = state;
		while (t < doc.size() && t - state < MAX_STATE_TOKENS && !doc.boundaryBefore(t)
				&& (doc.get(t).word() && doc.get(t).capitalized() || doc.get(t).is("."))) {
			t++;
		}
		return t;
	}

	/**
	 * The capitalized run from {@code first} ends in an owner's apostrophe before a
	 * lower-case word: "Marlow Foods' chairman" and "Van Horn's chairman" are roles, not
	 * names.
	 */
	static boolean ownedRun(DocumentTokens doc, int first) {
		int t = first;
		while (t < doc.size() && doc.get(t).word() && doc.get(t).capitalized()
				&& (t == first || !doc.boundaryBefore(t))) {
			t++;
		}
		// "La Vela newspaper's critic": the kind noun goes with the owner's name
		t = OwnersNamedWithTheirKind.possessiveAfterKind(doc, t);
		return pluralPossessive(doc, t) || t > first + 1 && t + 1 < doc.size()
				&& NameFinder.isPossessiveMark(doc.get(t)) && !doc.boundaryBefore(t + 1) && doc.get(t + 1).word()
				&& !doc.get(t + 1).capitalized() && !nameAfter(doc, t + 1);
	}

	/** Words to the comma that closes an owned post, at most. */
	private static final int MAX_POST_TOKENS = 10;

	/**
	 * "In Cuba, Juan's father, Juan Roe, stayed": a name after the post's comma holds the
	 * post, not the word before it.
	 */
	private static boolean nameAfter(DocumentTokens doc, int from) {
		for (int t = from; t + 1 < doc.size() && t - from < MAX_POST_TOKENS && !doc.boundaryBefore(t); t++) {
			if (doc.get(t).is(",")) {
				Token next = doc.get(t + 1);
				return !doc.boundaryBefore(t + 1) && next.capitalized()
						&& !NameLexicon.FUNCTION_WORDS.contains(next.lower());
			}
		}
		return false;
	}

	/**
	 * The apostrophe at {@code t} closes a plural owner's name: "Foods'" written right
	 * after a capitalized word in -s, a lower-case word after it.
	 */
	static boolean pluralPossessive(DocumentTokens doc, int t) {
		if (t < 1 || t + 1 >= doc.size()) {
			return false;
		}
		Token mark = doc.get(t);
		Token owner = doc.get(t - 1);
		Token next = doc.get(t + 1);
		return (mark.is("'") || mark.is("’")) && owner.word() && owner.capitalized() && owner.lower().endsWith("s")
				&& owner.end() == mark.start() && next.start() > mark.end() && next.word() && !next.capitalized();
	}

}
