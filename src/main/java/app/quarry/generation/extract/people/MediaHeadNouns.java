package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * A title written before the noun of its kind: "the Harbour Courier newspaper reported",
 * "Tech Weekly magazine called it". The noun says what the name is. Only nouns for a
 * title are read so, never one for a part a body owns: "the BBC website" or "the FBI
 * laboratory" is the BBC's website or the FBI's laboratory, not what the BBC or the FBI
 * is. After "a" the capitalized word is a qualifier ("a Swahili newspaper"), no name.
 */
final class MediaHeadNouns {

	/** Kinds of title a newspaper or magazine is named before, with or without "the". */
	private static final Set<String> TITLES = NameLexicon.words("newspaper", "magazine", "tabloid", "journal",
			"broadsheet");

	private MediaHeadNouns() {
	}

	/** "a newspaper" for the name from {@code start} to {@code end}, or null. */
	static String after(DocumentTokens doc, int start, int end, boolean[] named) {
		if (end >= doc.size() || doc.boundaryBefore(end) || !doc.get(end).word() || doc.get(end).capitalized()) {
			return null;
		}
		String noun = doc.get(end).lower();
		boolean the = start > 0 && !doc.boundaryBefore(start) && doc.get(start - 1).lower().equals("the");
		boolean indefinite = start > 0 && !doc.boundaryBefore(start)
				&& ThingDescriptions.INDEFINITE.contains(doc.get(start - 1).lower());
		if (!TITLES.contains(noun) || indefinite) {
			return null;
		}
		if (end + 1 < doc.size() && !doc.boundaryBefore(end + 1)
				&& (doc.get(end + 1).capitalized() || NameFinder.isPossessiveMark(doc.get(end + 1)))) {
			return null; // "the Courier Magazine Group", "the Courier magazine's editor"
		}
		if (!the && start > 0 && !doc.boundaryBefore(start) && NameFinder.isPossessiveMark(doc.get(start - 1))) {
			return null; // "Kestrel's Courier magazine" is owned, and asked elsewhere
		}
		// "the Halvorsen newspaper", "the Leeds newspaper": an owner's, a town's
		if (the && end - start == 1 && !MastheadWords.names(doc, start)) {
			return null;
		}
		// "the Murdoch newspaper" is one a person owns
		return PluralFirmNounsBefore.shownPerson(doc, start, end, named) ? null : Indefinites.of(noun);
	}

}
