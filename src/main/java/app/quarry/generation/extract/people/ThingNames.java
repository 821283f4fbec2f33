package app.quarry.generation.extract.people;

/**
 * Where the name of a thing set off by an apposition begins and ends, and whether it
 * shows it names a thing: a model number ("Skyhauler 900", "S900-800"), a brand written
 * as "iTab" is, or "the" before it; a place, a company, a date or a number alone is none.
 */
final class ThingNames {

	static final int MAX_NAME_TOKENS = 4;

	private ThingNames() {
	}

	/** The first token of the name that ends right before {@code end}. */
	static int nameStart(DocumentTokens doc, int end) {
		int start = end;
		while (start > 0 && end - start < MAX_NAME_TOKENS && nameToken(doc.get(start - 1))
				&& !doc.boundaryBefore(start)) {
			start--;
		}
		if (start < end && doc.get(start).lower().equals("the")) {
			start++;
		}
		return start;
	}

	/** The token after the name that starts at {@code start}. */
	static int nameEnd(DocumentTokens doc, int start) {
		int end = start;
		while (end < doc.size() && end - start < MAX_NAME_TOKENS && nameToken(doc.get(end))
				&& (end == start || !doc.boundaryBefore(end)) && !doc.get(end).lower().equals("the")) {
			end++;
		}
		return end;
	}

	/** A capitalized word, a model number ("900", "A380-800") or a brand like "iPod". */
	static boolean nameToken(Token token) {
		String text = token.text();
		if (text.isEmpty() || !Character.isLetterOrDigit(text.charAt(0)) || NameFinder.isPossessiveMark(token)) {
			return false;
		}
		return token.capitalized() || digit(text) || camelCase(text);
	}

	static boolean digit(String text) {
		return text.chars().anyMatch(Character::isDigit)
				&& text.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-');
	}

	static boolean camelCase(String text) {
		return text.length() > 2 && Character.isLowerCase(text.charAt(0)) && Character.isUpperCase(text.charAt(1));
	}

	/**
	 * A name after the comma in "X, a ..." is a thing's, not a person's, when "the" goes
	 * before it, it holds a model number or it starts as a brand does; a date or a number
	 * alone is no name.
	 */
	static boolean thingName(DocumentTokens doc, int start, int end) {
		boolean letters = false;
		boolean marked = false;
		for (int t = start; t < end; t++) {
			String text = doc.get(t).text();
			letters |= text.chars().anyMatch(Character::isLetter);
			marked |= camelCase(text) || digit(text) && text.chars().anyMatch(Character::isLetter);
		}
		boolean the = start > 0 && doc.get(start - 1).lower().equals("the") && !doc.boundaryBefore(start);
		return letters && (marked || the) && !calendarWord(doc, start, end) && !placeOrCompany(doc, start, end);
	}

	/**
	 * "the Netherlands" or "Brovo Testing Co": a place or a company, asked by the rules
	 * for those.
	 */
	static boolean placeOrCompany(DocumentTokens doc, int start, int end) {
		return OrganisationNameRuns.placeOrPeople(doc, start, end) || OrganisationWords.companyName(doc, start, end);
	}

	/** The name ends at a comma, a bracket, a full stop or the sentence's end. */
	static boolean closed(DocumentTokens doc, int end) {
		return end >= doc.size() || doc.boundaryBefore(end) || doc.get(end).is(",") || doc.get(end).is(".")
				|| doc.get(end).is("(") || doc.get(end).is(")");
	}

	/** "its cars, Zephyr, Comet and Nova": a name that goes on a list of names. */
	static boolean listGoesOn(DocumentTokens doc, int end) {
		return end + 1 < doc.size() && doc.get(end).is(",") && !doc.boundaryBefore(end + 1)
				&& doc.get(end + 1).capitalized() && !doc.get(end + 1).lower().equals("the")
				&& (end + 2 >= doc.size() || doc.get(end + 2).is(",") || doc.get(end + 2).lower().equals("and"));
	}

	/** "the industrial average, 2,500,": a number alone is no name. */
	static boolean letters(DocumentTokens doc, int start, int end) {
		for (int t = start; t < end; t++) {
			if (doc.get(t).text().chars().anyMatch(Character::isLetter)) {
				return true;
			}
		}
		return false;
	}

	static boolean calendarWord(DocumentTokens doc, int from, int to) {
		for (int t = from; t < to; t++) {
			if (OrganisationWords.CALENDAR.contains(doc.get(t).lower())) {
				return true;
			}
		}
		return false;
	}

}
