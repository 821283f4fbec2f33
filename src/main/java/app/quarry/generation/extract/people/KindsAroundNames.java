package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * The kind of body a name is, written right after it: "the Tidewatch charity" (a kind
 * that tells by itself what the body is, unlike "the Acme company"), and "Ruritania's
 * troubled Kestrel bank", whose owner and words before the name go with the kind
 * ("Ruritania's troubled bank"). News writing names a small or foreign body this way the
 * first time it comes up.
 */
final class KindsAroundNames {

	/**
	 * Kinds that say what a body does, so that the bare noun still tells a reader. A
	 * site's or a publication's kind is left out: "the Acme website" or "Tellco's Courier
	 * magazine" is as often the site or title a body owns as one named so.
	 */
	private static final Set<String> TELLING_KINDS = NameLexicon.words("airline", "bank", "lender", "insurer",
			"charity", "university", "regulator", "watchdog", "think-tank", "carmaker", "chipmaker", "drugmaker",
			"brewer", "retailer");

	private static final int MAX_MODIFIERS = 3;

	private KindsAroundNames() {
	}

	/** The kind written around the name at {@code start}..{@code end}, or null. */
	static String around(DocumentTokens doc, int start, int end) {
		if (start < 1 || end >= doc.size() || doc.boundaryBefore(start) || doc.boundaryBefore(end)) {
			return null;
		}
		Token kind = doc.get(end);
		if (!kind.word() || kind.capitalized() || !TELLING_KINDS.contains(kind.lower()) || nameGoesOn(doc, end + 1)
				|| OrganisationNameRuns.placeOrPeople(doc, start, end)) {
			return null;
		}
		if (doc.get(start - 1).lower().equals("the") && !doc.get(start - 1).capitalized()) {
			return kind.lower();
		}
		int modifiers = start;
		while (modifiers - 1 > 0 && start - modifiers < MAX_MODIFIERS && !doc.boundaryBefore(modifiers)
				&& modifier(doc.get(modifiers - 1))) {
			modifiers--;
		}
		int mark = modifiers - 1;
		if (mark < 1 || doc.boundaryBefore(modifiers) || doc.boundaryBefore(mark)
				|| !NameFinder.isPossessiveMark(doc.get(mark)) || !doc.get(mark - 1).capitalized()) {
			return null;
		}
		int owner = mark - 1;
		while (owner > 0 && mark - owner < OrganisationNameRuns.MAX_NAME_TOKENS && !doc.boundaryBefore(owner)
				&& doc.get(owner - 1).capitalized()
				&& !OrganisationFinder.ARTICLES.contains(doc.get(owner - 1).lower())) {
			owner--;
		}
		String words = modifiers < start ? doc.span(modifiers, start) + " " : "";
		return doc.span(owner, modifiers) + " " + words + kind.lower();
	}

	/** "the Tidewatch bank Holdings": a capital after the kind carries the name on. */
	private static boolean nameGoesOn(DocumentTokens doc, int t) {
		return t < doc.size() && !doc.boundaryBefore(t) && doc.get(t).capitalized();
	}

	/** "troubled", "biggest": a lower-case word before the name. */
	private static boolean modifier(Token token) {
		String lower = token.lower();
		return token.word() && !token.capitalized() && !NameFinder.isPossessiveMark(token)
				&& !OrganisationFinder.VERBS.contains(lower) && !NameLexicon.FUNCTION_WORDS.contains(lower)
				&& !NameLexicon.PREPOSITIONS.contains(lower) && !SpeechVerbs.isSpeechVerb(lower);
	}

}
