package app.quarry.generation.extract.people;

import java.util.List;

import static app.quarry.generation.extract.people.RoleWords.MAX_APPOSITION_TOKENS;
import static app.quarry.generation.extract.people.RoleWords.VERBS;

/**
 * A charge a person holds, told by an adjective phrase rather than a post's noun: "in
 * charge of the relief effort", "responsible for the port's security", "in command of the
 * fleet". After "who is" it says who someone is as a title would.
 */
final class ChargeClauses {

	/** The words that open a charge, each ending on the preposition that names what. */
	private static final List<List<String>> OPENINGS = List.of(List.of("in", "charge", "of"),
			List.of("in", "command", "of"), List.of("responsible", "for"), List.of("now", "in", "charge", "of"));

	private ChargeClauses() {
	}

	/**
	 * The first token of what the charge is over, when one of the openings stands at
	 * {@code first}; -1 otherwise.
	 */
	static int opensAt(DocumentTokens doc, int first) {
		for (List<String> opening : OPENINGS) {
			int t = first;
			for (String word : opening) {
				if (t >= doc.size() || t > first && doc.boundaryBefore(t) || !doc.get(t).lower().equals(word)) {
					t = -1;
					break;
				}
				t++;
			}
			if (t > 0 && t < doc.size() && !doc.boundaryBefore(t) && doc.get(t).word()) {
				return t;
			}
		}
		return -1;
	}

	/**
	 * The token after what the charge is over, from {@code object}: the clause runs to a
	 * comma or the sentence's end, or to the speech verb of the sentence when the comma
	 * that would close the clause was left out ("who is in charge of the effort said");
	 * -1 when another verb comes first, for then the clause goes on to say more.
	 */
	static int end(DocumentTokens doc, int object) {
		int end = object;
		while (end < doc.size() && end - object < MAX_APPOSITION_TOKENS && !doc.boundaryBefore(end)) {
			Token token = doc.get(end);
			if (token.is(",") || token.is(".")) {
				return end > object ? end : -1;
			}
			if (!token.word() && !token.is("&") && !token.is("'s") && !token.is("’s") && !token.is("-")) {
				return -1;
			}
			String lower = token.lower();
			if (!token.capitalized() && SpeechVerbs.isSpeechVerb(lower) && end > object && speaking(doc, end)) {
				return end;
			}
			if (!token.capitalized() && (VERBS.contains(lower) || SpeechVerbs.isSpeechVerb(lower))) {
				return -1;
			}
			end++;
		}
		return end > object && (end >= doc.size() || doc.boundaryBefore(end)) ? end : -1;
	}

	/**
	 * The speech verb at {@code verb} is the sentence's own, not a tag thrown into it: no
	 * comma follows it, or a quotation opens right after its comma.
	 */
	private static boolean speaking(DocumentTokens doc, int verb) {
		int after = verb + 1;
		if (after >= doc.size() || doc.boundaryBefore(after) || !doc.get(after).is(",")) {
			return true;
		}
		return after + 1 < doc.size() && QUOTATION_MARKS.contains(doc.get(after + 1).text());
	}

	private static final java.util.Set<String> QUOTATION_MARKS = java.util.Set.of("\"", "\u201c", "'", "\u2018");

}
