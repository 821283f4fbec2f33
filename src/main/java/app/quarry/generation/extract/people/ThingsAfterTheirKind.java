package app.quarry.generation.extract.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import app.quarry.generation.extract.DocumentAnalysis;
import app.quarry.generation.extract.FactFinder;
import app.quarry.generation.extract.NamedThingFact;

/**
 * A thing named right after the noun for its kind: "the sedative Veltrin", "her graphic
 * novel Blue Harbour", "the small asteroid Tarsus", "in journal Ocean Notes". The noun
 * must name a kind of thing no person is ({@link ThingKinds}, or a made thing), so the
 * words from the article to it say what the name is ("a graphic novel"). The name must
 * end the phrase: a word after it other than a preposition, a relative pronoun or an
 * auxiliary could make it the subject of a clause ("the drug Acme sells").
 */
public final class ThingsAfterTheirKind implements FactFinder {

	private static final Set<String> OPENERS = NameLexicon.words("the", "a", "an", "his", "her", "their", "its", "our",
			"my", "your");

	/** Words after a name that end its phrase. */
	private static final Set<String> CLOSERS = NameLexicon.words("which", "that", "who", "is", "was", "were", "are",
			"has", "had", "have", "will", "would", "could", "can", "may", "might", "yesterday", "today", "last", "this",
			"and", "or", "but");

	private static final int MAX_MODIFIERS = 3;

	private static final int MAX_NAME_TOKENS = 4;

	@Override
	public List<NamedThingFact> find(DocumentAnalysis analysis) {
		DocumentPeople people = DocumentPeople.of(analysis);
		DocumentTokens doc = people.doc;
		String text = analysis.document().text();
		boolean[] named = ShownPersonNames.of(people);
		List<NamedThingFact> facts = new ArrayList<>();
		for (int kind = 1; kind + 1 < doc.size(); kind++) {
			NamedThingFact fact = named(doc, text, kind, named);
			if (fact != null) {
				facts.add(fact);
			}
		}
		return facts;
	}

	private static NamedThingFact named(DocumentTokens doc, String text, int kind, boolean[] named) {
		Token noun = doc.get(kind);
		String lower = noun.lower();
		if (!noun.word() || !lower.equals(noun.text()) || doc.boundaryBefore(kind + 1)
				|| !ThingKinds.kind(lower) && !ArtefactAppositions.artefact(lower)) {
			return null;
		}
		int start = kind + 1;
		int end = ThingNames.nameEnd(doc, start);
		if (end <= start || end - start > MAX_NAME_TOKENS || !doc.get(start).capitalized() || !closes(doc, end)
				|| ShownPersonNames.any(named, start, end) || ThingNames.placeOrCompany(doc, start, end)
				|| ThingNames.calendarWord(doc, start, end) || !ThingNames.letters(doc, start, end)) {
			return null;
		}
		for (int t = start; t < end; t++) {
			if (NameLexicon.FUNCTION_WORDS.contains(doc.get(t).lower()) || NameLexicon.isRoleNoun(doc.get(t).lower())) {
				return null;
			}
		}
		int first = kind;
		while (first > 0 && kind - first < MAX_MODIFIERS && !doc.boundaryBefore(first)
				&& modifier(doc.get(first - 1))) {
			first--;
		}
		boolean opened = first > 0 && !doc.boundaryBefore(first) && OPENERS.contains(doc.get(first - 1).lower());
		boolean bare = first > 0 && !doc.boundaryBefore(first)
				&& NameLexicon.PREPOSITIONS.contains(doc.get(first - 1).lower());
		if (!opened && !bare) {
			return null; // "Veltrin sedative Tarsus": no phrase opens before the kind
		}
		String words = doc.span(first, kind + 1);
		String description = ("aeiou".indexOf(words.charAt(0)) >= 0 ? "an " : "a ") + words;
		Token firstName = doc.get(start);
		Token lastName = doc.get(end - 1);
		String name = text.substring(firstName.start(), lastName.end());
		return new NamedThingFact(name, firstName.start(), lastName.end(), name, description);
	}

	/**
	 * A plain lower-case word that may qualify the kind: "graphic", "small", "fan-run".
	 */
	private static boolean modifier(Token token) {
		String lower = token.lower();
		return token.word() && lower.equals(token.text()) && ThingDescriptions.modifier(token)
				&& !RoleWords.VERBS.contains(lower) && !OPENERS.contains(lower)
				&& !NameLexicon.FUNCTION_WORDS.contains(lower);
	}

	/** The name ends at a mark, the sentence's end, a preposition or a closing word. */
	private static boolean closes(DocumentTokens doc, int end) {
		if (end >= doc.size() || doc.boundaryBefore(end)) {
			return true;
		}
		Token next = doc.get(end);
		String lower = next.lower();
		return ",.;:)".contains(next.text()) || next.word() && !next.capitalized()
				&& (NameLexicon.PREPOSITIONS.contains(lower) || CLOSERS.contains(lower));
	}

}
