package app.quarry.generation.extract.people;

/**
 * The person a "who" clause is about, named right before it: "Jane Roe who was coached
 * by", "Jane Roe of Norway, who was coached by" (where she is from is no part of her
 * name). A passive in the clause makes its agent that person's coach, guide or successor.
 */
final class PersonsBeforeWho {

	private static final int MIN_NAME_TOKENS = 2;

	private static final int MAX_NAME_TOKENS = 4;

	private PersonsBeforeWho() {
	}

	/**
	 * The name before "who" at {@code who}, or null when no person's name stands there.
	 */
	static String name(DocumentTokens doc, int who) {
		int end = who;
		if (end > 0 && doc.get(end - 1).is(",") && !doc.boundaryBefore(end - 1)) {
			end--;
		}
		int place = capitalizedRunStart(doc, end);
		if (place > 1 && place < end && doc.get(place - 1).lower().equals("of") && !doc.boundaryBefore(place - 1)) {
			// "Jane Roe of Norway": the place is where she is from
			end = place - 1;
		}
		int start = capitalizedRunStart(doc, end);
		if (end - start < MIN_NAME_TOKENS || end - start > MAX_NAME_TOKENS || start > 0 && !doc.boundaryBefore(start)
				&& (doc.get(start - 1).lower().equals("the") || NameFinder.isPossessiveMark(doc.get(start - 1)))) {
			// "the Riverside Trust, who": an article or an owner makes it no one's name
			return null;
		}
		if (doc.boundaryBefore(start) && !NameFinder.givenName(doc.get(start))) {
			return null; // a sentence's first word may be capitalized for the sentence
							// alone
		}
		return doc.span(start, end);
	}

	/** The first token of the run of capitalized words that ends before {@code end}. */
	private static int capitalizedRunStart(DocumentTokens doc, int end) {
		int start = end;
		while (start > 0 && doc.get(start - 1).word() && doc.get(start - 1).capitalized()
				&& !doc.boundaryBefore(start)) {
			start--;
		}
		return start;
	}

}
