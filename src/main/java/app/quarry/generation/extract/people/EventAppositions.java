package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * Heads of a description that make a plain capitalised name an event: "the Midsummer
 * Fair, the annual festival of ...", "the Long Walk, a pilgrimage to ...". Like a made
 * thing's head, such a noun shows the name is no person's, body's or place's, so the
 * apposition after it says what the event is.
 */
final class EventAppositions {

	/** Nouns for recurring, ritual or festive events. */
	private static final Set<String> EVENTS = NameLexicon.words("pilgrimage", "festival", "feast", "holiday",
			"celebration", "ceremony", "carnival", "fast", "rite", "ritual", "festivity", "observance",
			"commemoration");

	/** Prepositions that tie an event to the place or name it is held for. */
	private static final Set<String> TIES = NameLexicon.words("to", "in", "at", "of", "for");

	private static final int MAX_NAME_TOKENS = 4;

	private EventAppositions() {
	}

	/** Whether {@code head} names a kind of event. */
	static boolean event(String head) {
		return EVENTS.contains(head);
	}

	/**
	 * The token after "to Ostby" that starts at {@code tie}: a preposition and a
	 * capitalised name, closed by a comma, a full stop or the sentence's end ("the annual
	 * pilgrimage to Ostby,"); -1 when no such phrase stands there. A longer or open
	 * phrase may hold a clause the card could not carry.
	 */
	static int namePhraseEnd(DocumentTokens doc, int tie) {
		if (tie + 1 >= doc.size() || !TIES.contains(doc.get(tie).lower()) || doc.boundaryBefore(tie + 1)) {
			return -1;
		}
		int t = tie + 1;
		if (doc.get(t).lower().equals("the") && t + 1 < doc.size() && !doc.boundaryBefore(t + 1)) {
			t++;
		}
		int from = t;
		while (t < doc.size() && !doc.boundaryBefore(t) && t - from < MAX_NAME_TOKENS && doc.get(t).word()
				&& doc.get(t).capitalized()) {
			t++;
		}
		boolean closed = t >= doc.size() || doc.boundaryBefore(t) || ",.;".contains(doc.get(t).text());
		return closed && t > from ? t : -1;
	}

}
