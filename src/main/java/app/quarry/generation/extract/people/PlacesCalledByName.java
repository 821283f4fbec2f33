package app.quarry.generation.extract.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import app.quarry.generation.extract.EntityFact;

/**
 * What a place is, told by a noun for its kind and a naming word before its name: "a
 * little town called Marlow Bridge", "a fishing village named Ostby", "the mining
 * district known as the Red Hills". It is the other way news introduces a place it
 * expects a reader not to know ({@link PlacesNamedAfterTheirKind} reads "the town of
 * Ostby"), and the words from the article to the noun say what the place is. The noun
 * must be a place's, so that "a man called Ostby" or "a ship named Vega" is left to the
 * rules for people and things, and the name must close where a name does.
 */
final class PlacesCalledByName {

	/** The words that give a place its name. */
	private static final Set<String> NAMING = NameLexicon.words("called", "named", "dubbed", "nicknamed");

	private static final Set<String> ARTICLES = NameLexicon.words("a", "an", "the");

	/** Plain words that may stand between the article and the noun of a place. */
	private static final Set<String> SIZES = NameLexicon.words("little", "small", "tiny", "big", "large", "remote",
			"sleepy", "quiet", "poor", "old", "ancient", "historic", "new", "nearby", "neighbouring", "neighboring",
			"coastal", "rural", "mountain", "fishing", "farming", "mining", "border", "desert", "seaside", "lakeside",
			"riverside", "industrial", "market", "walled", "former");

	private static final int MAX_MODIFIERS = 3;

	private PlacesCalledByName() {
	}

	static List<EntityFact> find(DocumentTokens doc, String text, boolean[] person) {
		List<EntityFact> facts = new ArrayList<>();
		for (int naming = 2; naming + 1 < doc.size(); naming++) {
			Token word = doc.get(naming);
			boolean knownAs = word.lower().equals("known") && naming + 2 < doc.size()
					&& doc.get(naming + 1).lower().equals("as") && !doc.boundaryBefore(naming + 1);
			if (!word.word() || !NAMING.contains(word.text()) && !knownAs || doc.boundaryBefore(naming)) {
				continue;
			}
			int kind = naming - 1;
			Token noun = doc.get(kind);
			if (!noun.word() || noun.capitalized() || !PlacesNamedAfterTheirKind.kind(noun.lower())) {
				continue;
			}
			int article = kind - 1;
			while (article >= 0 && kind - article <= MAX_MODIFIERS && !doc.boundaryBefore(article + 1)
					&& modifier(doc.get(article))) {
				article--;
			}
			if (article < 0 || doc.boundaryBefore(article + 1) || !ARTICLES.contains(doc.get(article).lower())) {
				continue;
			}
			if (doc.get(article).lower().equals("the") && !knownAs) {
				continue; // "the state named Acme as its contractor": there the word is a
							// verb
			}
			int name = naming + (knownAs ? 2 : 1);
			if (name < doc.size() && doc.get(name).text().equals("the") && name + 1 < doc.size()
					&& !doc.boundaryBefore(name + 1)) {
				name++; // "a range known as the Red Hills"
			}
			int end = PlaceNameBounds.nameEnd(doc, name);
			if (end < 0 || !PlaceNameBounds.closes(doc, end) || PlaceDescriptions.anyPerson(person, name, end)
					|| NameLexicon.FUNCTION_WORDS.contains(doc.get(name).lower())) {
				continue;
			}
			String words = doc.span(article + 1, naming);
			facts.add(PlaceDescriptions.fact(doc, text, name, end, PlacesNamedAfterTheirKind.indefinite(words)));
		}
		return facts;
	}

	/**
	 * "little", "coastal", "Norlandic": a word that says how big, where or of what sort a
	 * place is; a capitalized one only when it is no sentence's first word.
	 */
	private static boolean modifier(Token token) {
		String lower = token.lower();
		if (!token.word() || NameFinder.isPossessiveMark(token) || NameLexicon.FUNCTION_WORDS.contains(lower)) {
			return false;
		}
		return token.capitalized() ? !lower.equals("the") : SIZES.contains(lower)
				|| PlaceDescriptions.placeAdjective(token) || PlacesNamedAfterTheirKind.kind(lower);
	}

}
