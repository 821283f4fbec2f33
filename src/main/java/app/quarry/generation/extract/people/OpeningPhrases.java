package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * Words that open a sentence by saying where or when, written right before a title: "In
 * March reporter Jane Roe", "In Lisbon police spokesman Jo Roe". The month or the place
 * belongs to the preposition, not to the title the name holds.
 */
final class OpeningPhrases {

	private static final Set<String> MONTHS = NameLexicon.words("january", "february", "march", "april", "may", "june",
			"july", "august", "september", "october", "november", "december");

	/** Prepositions that open a phrase of place or time. */
	private static final Set<String> OPENERS = NameLexicon.words("in", "at", "on", "from", "since", "during", "until",
			"after", "before", "by");

	private OpeningPhrases() {
	}

	/**
	 * Where the title really starts, given the first word the walk back took: past a
	 * month ("March reporter"), and past a place a sentence-opening preposition names
	 * when a role in lower case follows it ("In Lisbon police spokesman").
	 */
	static int titleStart(DocumentTokens doc, int start, int titleEnd) {
		int t = start;
		while (t + 1 < titleEnd && month(doc.get(t))) {
			t++;
		}
		if (t == start && openedByPreposition(doc, start)) {
			int end = t;
			while (end < titleEnd && doc.get(end).word() && doc.get(end).capitalized() && !roleWord(doc.get(end))) {
				end++;
			}
			if (end > t && end < titleEnd && lowerRoleFrom(doc, end, titleEnd)) {
				t = end;
			}
		}
		return t;
	}

	static boolean month(Token token) {
		return token.capitalized() && MONTHS.contains(token.lower());
	}

	/** "In ..." as the sentence's first word. */
	private static boolean openedByPreposition(DocumentTokens doc, int start) {
		int p = start - 1;
		return p >= 0 && doc.get(p).capitalized() && OPENERS.contains(doc.get(p).lower()) && doc.boundaryBefore(p);
	}

	/** A role in lower case starts at {@code from}: "police spokesman", "reporter". */
	private static boolean lowerRoleFrom(DocumentTokens doc, int from, int to) {
		if (doc.get(from).capitalized()) {
			return false;
		}
		for (int t = from; t < to; t++) {
			if (NameLexicon.isRoleNoun(doc.get(t).lower())) {
				return true;
			}
		}
		return false;
	}

	private static boolean roleWord(Token token) {
		return NameLexicon.isRoleNoun(token.lower()) || NameLexicon.TITLES.contains(token.lower());
	}

}
