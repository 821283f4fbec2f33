package app.quarry.generation.extract.people;

/**
 * Where a person comes from, given after an age set off by commas behind the name: "Tom
 * Hale, 41, of Brimble, was charged", "Ana Lund, 29, from Kestrel, Norland and ...". News
 * gives a person's age and home town together, so the place after the age is the town,
 * never an employer, and no verb of removal can own it as it owns "from" right after a
 * name ("barred Jane Roe from Kestrel").
 */
final class HomesAfterNames {

	private static final int MAX_PLACE_WORDS = 6;

	private HomesAfterNames() {
	}

	static void find(DocumentTokens doc, Mention name) {
		if (name.role != null || name.appositionRole != null || name.possessive || !name.multiWordName()) {
			return;
		}
		if (!ageSetOff(doc, name.endToken)) {
			return;
		}
		int t = name.endToken + 3;
		if (t + 1 >= doc.size() || doc.boundaryBefore(t) || doc.boundaryBefore(t + 1)) {
			return;
		}
		String link = doc.get(t).lower();
		if (!link.equals("from") && !link.equals("of")) {
			return;
		}
		int first = t + 1;
		int end = placeEnd(doc, first);
		if (end == first || !closes(doc, end)) {
			return;
		}
		name.role = Affiliations.SOMEONE_FROM + doc.span(first, end);
		name.appositionRole = name.role;
		name.appositionEndToken = end;
	}

	/** ", 41," right after the name. */
	private static boolean ageSetOff(DocumentTokens doc, int t) {
		if (t + 3 >= doc.size() || !doc.get(t).is(",") || !doc.get(t + 2).is(",")) {
			return false;
		}
		String age = doc.get(t + 1).text();
		return age.length() <= 3 && age.chars().allMatch(Character::isDigit) && !doc.boundaryBefore(t + 1)
				&& !doc.boundaryBefore(t + 3);
	}

	/**
	 * The token after a place's name: capitalized words, the larger places it lies in
	 * after commas ("Kestrel, Brimble, Norland").
	 */
	private static int placeEnd(DocumentTokens doc, int first) {
		int end = first;
		int words = 0;
		while (end < doc.size() && words < MAX_PLACE_WORDS && !doc.boundaryBefore(end)) {
			Token token = doc.get(end);
			if (token.word() && token.capitalized() && !NameFinder.isPossessiveMark(token)
					&& !NameLexicon.FUNCTION_WORDS.contains(token.lower()) && !NameRunBreaks.weekday(token)
					&& !OpeningPhrases.month(token)) {
				end++;
				words++;
			}
			else if (token.is(",") && end > first && end + 1 < doc.size() && !doc.boundaryBefore(end + 1)
					&& doc.get(end + 1).capitalized() && doc.get(end + 1).word() && placeWordAfterComma(doc, end + 1)) {
				end++;
			}
			else {
				break;
			}
		}
		return end;
	}

	/**
	 * "Kestrel, Norland": a capitalized word after the comma goes on the place, unless a
	 * person's given name opens the next item of a list ("Kestrel, Tom Hale ...").
	 */
	private static boolean placeWordAfterComma(DocumentTokens doc, int t) {
		return !NameFinder.givenName(doc.get(t)) && !GivenNames.known(doc.get(t).lower())
				&& !NameLexicon.FUNCTION_WORDS.contains(doc.get(t).lower());
	}

	/**
	 * The place ends its phrase: a comma, a stop, "and", a lower-case word or the
	 * sentence's end follows, no possessive ("from Kestrel's council").
	 */
	private static boolean closes(DocumentTokens doc, int end) {
		if (end >= doc.size() || doc.boundaryBefore(end)) {
			return true;
		}
		Token next = doc.get(end);
		return !NameFinder.isPossessiveMark(next) && (!next.word() || !next.capitalized()) && !next.is("&")
				&& !next.is("(");
	}

}
