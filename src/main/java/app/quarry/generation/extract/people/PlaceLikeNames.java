package app.quarry.generation.extract.people;

import java.util.List;
import java.util.Set;

/**
 * "the assembly building in Rhoswen Bay … the tax office, in Rhoswen. He said": a name
 * given in full after a preposition of place, and last met after one too, is a place the
 * text stands in, not a person a "he" or "she" could stand for, however it was read as a
 * name.
 */
final class PlaceLikeNames {

	/** Prepositions that put a place, hardly ever a person, after them. */
	private static final Set<String> PLACE_PREPOSITIONS = NameLexicon.words("in", "near", "outside", "across",
			"throughout", "around");

	private PlaceLikeNames() {
	}

	/**
	 * Whether the person's full name was given after a preposition of place, and so was
	 * the last name of them before the pronoun (neither one anyone's possessive).
	 */
	static boolean onlyNamedAsPlace(DocumentTokens doc, List<Mention> mentions, LocalPerson person, int before) {
		Mention full = null;
		Mention last = null;
		for (Mention mention : mentions) {
			if (mention.firstToken >= before) {
				break;
			}
			if (mention.person != person || mention.kind != Mention.Kind.NAME) {
				continue;
			}
			if (full == null && mention.endToken - mention.firstToken > 1) {
				full = mention;
			}
			last = mention;
		}
		return full != null && afterPlacePreposition(doc, full) && afterPlacePreposition(doc, last);
	}

	private static boolean afterPlacePreposition(DocumentTokens doc, Mention mention) {
		int preposition = mention.phraseStartToken - 1;
		return preposition >= 0 && !mention.possessive && PLACE_PREPOSITIONS.contains(doc.get(preposition).lower());
	}

}
