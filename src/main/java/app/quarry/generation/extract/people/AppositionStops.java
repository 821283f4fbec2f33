package app.quarry.generation.extract.people;

import java.util.regex.Pattern;

import static app.quarry.generation.extract.people.RoleWords.MAX_APPOSITION_TOKENS;
import static app.quarry.generation.extract.people.RoleWords.corporateStop;

/**
 * Where a person's apposition ends: at the mark that closes it, or where the sentence's
 * verb begins. Kept apart from the reading of its start and its role, as the marks that
 * go on inside it (a town's comma, an abbreviation's stop) are a question of their own.
 */
final class AppositionStops {

	/** "Fla.-based": a place that goes on as a modifier. */
	private static final Pattern BASED = Pattern.compile("(?s)\\p{Lu}[\\p{L}.]{0,5}-based\\b.*");

	private AppositionStops() {
	}

	/** The token after the apposition that starts at {@code first}. */
	static int end(DocumentTokens doc, int first) {
		int end = first;
		int depth = 0;
		while (end < doc.size() && end - first < MAX_APPOSITION_TOKENS && (end == first || !doc.boundaryBefore(end))) {
			Token token = doc.get(end);
			if (token.is("(")) {
				depth++;
			}
			else if (token.is(")")) {
				depth--;
			}
			// "_" is the wire services' dash: "the delegation _ including Jane Roe,
			// assembly president _ arrived" closes the apposition as a dash does
			else if (depth <= 0 && !token.word() && ",;.:—–”\"_".contains(token.text()) && !corporateStop(doc, end)
					&& !placeCutAt(doc, end) && !abbreviationBeforeHyphen(doc, end)
					&& !StatedPlaces.insideModifier(doc, first, end) && !adjectivesGoOn(doc, first, end)
					&& !AppositionBounds.subtitleColon(doc, end) && !ListedNamesInAppositions.goesOn(doc, first, end)) {
				// "an Apple Inc. executive": the stop of a company's suffix goes on
				break;
			}
			else if (end > first && !token.capitalized() && SpeechVerbs.isSpeechVerb(token.lower())
					&& !AppositionBounds.speechWordAsNoun(doc, end)) {
				// "Jane Roe, Acme's Westria chief, commented": the apposition
				// ends where the clause's verb begins ("State" in a name is none)
				break;
			}
			else if (end > first && (RunOnAppositions.verbAfterName(doc, end)
					|| RunOnAppositions.auxiliaryAfterName(doc, first, end))) {
				break;
			}
			end++;
		}
		return end;
	}

	/**
	 * "publisher of Orlando, Fla.-based Confectioner Magazine": the comma after a town
	 * and before a state's abbreviation is inside the apposition, which goes on past it:
	 * what stands before it ("publisher of Orlando") would be a wrong role.
	 */
	static boolean placeCutAt(DocumentTokens doc, int comma) {
		if (comma + 1 >= doc.size() || !doc.get(comma).is(",") || doc.boundaryBefore(comma + 1)
				|| !doc.get(comma - 1).capitalized()) {
			return false;
		}
		// "Orlando, Fla., on Monday" ends the apposition after the state: only a place
		// that goes on as a modifier ("Fla.-based") cuts it
		String after = doc.span(comma + 1, Math.min(doc.size(), comma + 5));
		return BASED.matcher(after).matches();
	}

	/** "Fla.-based": the abbreviation's stop goes on into the word it is part of. */
	private static boolean abbreviationBeforeHyphen(DocumentTokens doc, int t) {
		Token token = doc.get(t);
		return token.is(".") && token.end() < doc.text.length() && doc.text.charAt(token.end()) == '-';
	}

	/**
	 * "a soft-spoken, hard-working teacher": the comma at {@code comma} separates the
	 * adjectives of a description its article opens at {@code first}.
	 */
	private static boolean adjectivesGoOn(DocumentTokens doc, int first, int comma) {
		return RoleWords.ARTICLES.contains(doc.get(first).lower()) && CoordinateAdjectives.joins(doc, first + 1, comma);
	}

}
