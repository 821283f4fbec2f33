package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * '“Stay still,” Roe said a paramedic told him.': a speech verb after a quote that
 * reports someone else's telling hands the words on to that other speaker, whom the tag
 * does not name well enough to answer.
 */
final class ReportedTellersAfterQuote {

	/** How near the second speech verb stands: "said the nurse on duty had told him". */
	private static final int MAX_WORDS = 6;

	/** Adverbs of time that may stand between a speech verb and what it says. */
	private static final Set<String> TIME_ADVERBS = Set.of("today", "yesterday", "tonight", "earlier", "later", "again",
			"recently", "previously", "also");

	private ReportedTellersAfterQuote() {
	}

	/**
	 * Whether another finite speech verb follows the one at {@code verb}, no comma
	 * between.
	 */
	static boolean tellsAnother(DocumentTokens doc, AttributionClauses clauses, int verb) {
		int next = verb + 1;
		while (next < doc.size() && !doc.boundaryBefore(next) && TIME_ADVERBS.contains(doc.get(next).lower())) {
			next++; // "said today in comments reported on its website"
		}
		if (next + 1 >= doc.size() || NameLexicon.PREPOSITIONS.contains(doc.get(next).lower())) {
			return false; // "said in a statement issued on Monday": no one else tells
		}
		for (int t = verb + 1; t < doc.size() && t <= verb + MAX_WORDS && !doc.boundaryBefore(t); t++) {
			if (!doc.get(t).word()) {
				return false;
			}
			if (clauses.finiteSpeechVerbAt(t)) {
				return true;
			}
		}
		return false;
	}

}
