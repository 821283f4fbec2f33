package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * A people's name written right before a person's name, with no post after it: "from
 * Australian Jane Roe", "behind leading American Tom Roe". Sports and foreign news say so
 * where a person is from, and the nationality is what the text tells of her there.
 */
final class NationalityBeforeName {

	/** Words that rank or pair a person among her people: "leading American". */
	private static final Set<String> QUALIFIERS = NameLexicon.words("leading", "fellow", "top");

	private NationalityBeforeName() {
	}

	static void find(DocumentTokens doc, Mention name) {
		int people = name.firstToken - 1;
		// "Spaniard Jane Roe": a noun for one of a people says as much as the adjective;
		// a plural before a list ("Swedes Jane Roe and Ann Lee") is read with the list
		if (people < 0 || doc.boundaryBefore(name.firstToken)
				|| !Demonyms.is(doc.get(people)) && !Demonyms.noun(doc.get(people)) || Demonyms.plural(doc.get(people))
				|| !name.multiWordName()) {
			return;
		}
		if (people > 0 && !doc.boundaryBefore(people) && NameFinder.isPossessiveMark(doc.get(people - 1))
				&& Demonyms.is(doc.get(people))) {
			// "Colombia's German Ortega": after the country that owns the person, a
			// people's word is a given name ("German", "Norman"), not where she is from
			return;
		}
		if (SportingEvents.named(doc, name.firstToken, name.endToken)) {
			return; // "the Japanese Grand Prix": a people's adjective before an event
		}
		int start = people;
		if (start > 0 && !doc.boundaryBefore(start) && QUALIFIERS.contains(doc.get(start - 1).lower())
				&& !doc.get(start - 1).capitalized()) {
			start--;
		}
		// "the Irish Sea Tom Roe", "Dutch East India Company": a capitalized word before
		// the nationality makes it part of some other name
		if (start > 0 && !doc.boundaryBefore(start) && doc.get(start - 1).word() && doc.get(start - 1).capitalized()) {
			return;
		}
		String phrase = doc.span(start, name.firstToken);
		String article = "aeiouAEIOU".indexOf(phrase.charAt(0)) >= 0 ? "an " : "a ";
		name.role = article + phrase;
		name.phraseStartToken = start;
	}

}
