package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * Where a place's name begins and ends around the words that describe it ("Dar es
 * Salaam", "Rio de Janeiro"), and where a description of it closes.
 */
final class PlaceNameBounds {

	/** Words that join a place's name: "Dar es Salaam", "Rio de Janeiro". */
	private static final Set<String> LINKS = NameLexicon.words("es", "de", "da", "do", "di", "del", "al", "el", "la",
			"le", "los", "las", "upon");

	private static final int MAX_NAME_TOKENS = 5;

	private PlaceNameBounds() {
	}

	/** The end of the capitalized name that starts at {@code start}, or -1. */
	static int nameEnd(DocumentTokens doc, int start) {
		if (start >= doc.size() || doc.boundaryBefore(start) || !doc.get(start).nameLike()
				|| OrganisationWords.CALENDAR.contains(doc.get(start).lower())) {
			return -1;
		}
		int end = start + 1;
		while (end < doc.size() && end - start < MAX_NAME_TOKENS && !doc.boundaryBefore(end)) {
			if (doc.get(end).capitalized() && !NameFinder.isPossessiveMark(doc.get(end))) {
				end++;
			}
			else if (LINKS.contains(doc.get(end).text()) && end + 1 < doc.size() && doc.get(end + 1).capitalized()
					&& !doc.boundaryBefore(end + 1)) {
				end += 2;
			}
			else {
				break;
			}
		}
		return end;
	}

	/** The start of the capitalized name that ends right before {@code end}, or -1. */
	static int nameStartBefore(DocumentTokens doc, int end) {
		int first = end;
		while (first > 0 && end - first < MAX_NAME_TOKENS && !doc.boundaryBefore(first)) {
			Token previous = doc.get(first - 1);
			if (previous.capitalized() && !NameFinder.isPossessiveMark(previous)) {
				first--;
			}
			else if (first < end && first >= 2 && LINKS.contains(previous.text()) && doc.get(first - 2).capitalized()
					&& !doc.boundaryBefore(first - 1)) {
				first -= 2;
			}
			else {
				break;
			}
		}
		if (first == end || !doc.get(first).nameLike() || NameLexicon.FUNCTION_WORDS.contains(doc.get(first).lower())) {
			return -1;
		}
		return first;
	}

	/** A mark, a line's end or a clause's first word closes the description. */
	static boolean closes(DocumentTokens doc, int end) {
		if (end >= doc.size() || doc.boundaryBefore(end)) {
			return true;
		}
		Token next = doc.get(end);
		return next.is(",") || next.is(".") || next.is(";") || next.is(")") || next.is(":") || next.is("--")
				|| next.word() && !next.capitalized()
						&& (NameLexicon.FUNCTION_WORDS.contains(next.lower())
								|| NameLexicon.PREPOSITIONS.contains(next.lower())
								|| OrganisationFinder.VERBS.contains(next.lower()));
	}

}
