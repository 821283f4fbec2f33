package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * Where a capitalized run that may name an organisation begins and ends: the links a name
 * may hold inside ("Bank of Ostland", "Friends of the Earth"), the tail of a longer name,
 * and a run of place words that only qualifies a noun.
 */
final class OrganisationNameRuns {

	private OrganisationNameRuns() {
	}

	/** "amp" is what is left of an ampersand when a page's entities are stripped. */
	static final Set<String> INNER_LINKS = NameLexicon.words("of", "on", "for", "&", "amp", "de", "du", "der");

	/** Links that may carry "the" inside a name: "Friends of the Earth". */
	static final Set<String> ARTICLE_LINKS = NameLexicon.words("of", "for");

	/**
	 * Links after which a capitalized run may be only the tail of a longer name ("founder
	 * of Sisters to the Shore"): where the name starts is unclear, and its tail alone
	 * would be a wrong name.
	 */
	static final Set<String> TAIL_LINKS = NameLexicon.words("to", "against", "without");

	static final int MAX_NAME_TOKENS = 6;

	/** "iAd", "eBay": a brand whose capital comes second. */
	static boolean camelCase(Token token) {
		String text = token.text();
		return token.word() && text.length() > 2 && Character.isLowerCase(text.charAt(0))
				&& Character.isUpperCase(text.charAt(1)) && Character.isLowerCase(text.charAt(2));
	}

	/** The capitalized run from {@code start}, with "of", "on", "&" between capitals. */
	static int runEnd(DocumentTokens doc, int start) {
		int end = start + 1;
		while (end < doc.size() && end - start < MAX_NAME_TOKENS && !doc.boundaryBefore(end)) {
			Token token = doc.get(end);
			if (token.capitalized() && !NameFinder.isPossessiveMark(token)) {
				end++;
			}
			else if (INNER_LINKS.contains(token.lower()) && end + 1 < doc.size() && doc.get(end + 1).capitalized()
					&& !doc.boundaryBefore(end + 1) && !OrganisationWords.CALENDAR.contains(doc.get(end + 1).lower())) {
				// "Pellow Dynamics on February 29": a date after "on" is when, no part of
				// the name
				end += 2;
			}
			else if (ARTICLE_LINKS.contains(token.lower()) && end + 2 < doc.size()
					&& doc.get(end + 1).lower().equals("the") && doc.get(end + 2).capitalized()
					&& !doc.boundaryBefore(end + 2)) {
				end += 3; // "Friends of the Earth", "Society for the Blind"
			}
			else {
				break;
			}
		}
		return end;
	}

	/**
	 * "and" and a capitalized word follow the run, and no organisation's description
	 * follows that ("Airlines and Surinam carrier Blue Wing" is two organisations).
	 */
	static boolean continuedByAnd(DocumentTokens doc, int end) {
		if (end + 1 >= doc.size() || !doc.get(end).lower().equals("and") || !doc.get(end + 1).capitalized()
				|| doc.boundaryBefore(end + 1)) {
			return false;
		}
		if (OrganisationShapes.qualifier(doc, end + 1, end + 2)
				|| OrganisationShapes.qualifierAhead(doc, end + 1) > end + 1
				|| UnhyphenatedBases.opensAt(doc, end + 1)) {
			// "Skyline and Denver-based Kestrel": no name goes on past a place's "-based"
			return false;
		}
		int next = runEnd(doc, end + 1);
		String noun = next < doc.size() ? doc.get(next).lower() : "";
		return !OrganisationWords.NOUNS.contains(noun) && OrganisationWords.singular(noun) == null;
	}

	/**
	 * "Sisters to the Shore": the run at {@code start} follows a capital, a link and
	 * "the".
	 */
	static boolean tailOfLongerName(DocumentTokens doc, int start) {
		return start >= 3 && doc.get(start - 1).lower().equals("the") && TAIL_LINKS.contains(doc.get(start - 2).lower())
				&& doc.get(start - 3).capitalized() && !doc.boundaryBefore(start - 2) && !doc.boundaryBefore(start - 1)
				&& !doc.boundaryBefore(start);
	}

	/**
	 * "P.", "B": a single capital letter, with or without its point, is an initial cut
	 * from a longer name (a person's, a genus's), never a body's whole name.
	 */
	static boolean loneInitial(DocumentTokens doc, int start, int end) {
		String text = doc.get(start).text();
		boolean letter = text.length() == 1 && Character.isUpperCase(text.charAt(0))
				|| text.length() == 2 && Character.isUpperCase(text.charAt(0)) && text.charAt(1) == '.';
		return letter && (end == start + 1 || end == start + 2 && doc.get(start + 1).is("."));
	}

	/** "US", "American", "British": a place or its people qualifying a noun. */
	static boolean placeOrPeople(DocumentTokens doc, int start, int end) {
		for (int t = start; t < end; t++) {
			String lower = doc.get(t).lower();
			if (!NameLexicon.NOT_NAMES.contains(lower) && !OrganisationWords.PLACES.contains(lower)) {
				return false;
			}
		}
		return true;
	}

}
