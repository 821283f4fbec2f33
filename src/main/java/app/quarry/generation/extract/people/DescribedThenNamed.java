package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * A description with an indefinite article, then "named" or "called", then the name: "a
 * distant cousin named Jane Roe", "a third witness, named Tom Vane,". The description is
 * who the person is to the reader. It must say more than "a man": a qualifier stands
 * before its noun, or the noun names a kind of person by itself ("a plumber named ...").
 */
final class DescribedThenNamed {

	/** The verbs that hand a description over to the name after them. */
	private static final Set<String> NAMING = NameLexicon.words("named", "called");

	/** Words from the article to the noun, the noun included. */
	private static final int MAX_DESCRIPTION_WORDS = 4;

	private DescribedThenNamed() {
	}

	static void find(DocumentTokens doc, Mention name) {
		int naming = name.firstToken - 1;
		if (naming < 2 || !name.multiWordName() || doc.boundaryBefore(name.firstToken) || doc.boundaryBefore(naming)) {
			return;
		}
		Token verb = doc.get(naming);
		if (verb.capitalized() || !NAMING.contains(verb.lower())) {
			return;
		}
		// "a fifth witness, named Tom Vane": the comma sets the naming off
		int head = doc.get(naming - 1).is(",") ? naming - 2 : naming - 1;
		if (head < 1 || doc.boundaryBefore(head + 1)) {
			return;
		}
		Token noun = doc.get(head);
		String lower = noun.lower();
		if (!noun.word() || noun.capitalized() || PersonNouns.singular(lower) != null || thing(lower)) {
			return;
		}
		int article = articleBefore(doc, head);
		boolean setOff = naming - 1 != head;
		if (article < 0 || !PersonNouns.namesPerson(lower) && !KIN.contains(lower) && !(setOff && article < head - 1)) {
			// "a man named Tom Vane" tells the reader nothing of him, and "a rescue dog
			// named Lady Grey" is no one; "a fifth captive, named Tom Vane," set off by
			// its comma is a person the sentence goes on about
			return;
		}
		if (!setOff && (doc.boundaryBefore(article) || doc.get(article - 1).is(","))
				&& (verb.lower().equals("called") || appointsAfter(doc, name.endToken))) {
			// "A local councillor called Jane Roe on Monday", "A panel named Tom Vane as
			// chair": the description is the subject, and the verb is its act
			return;
		}
		String role = doc.span(article, head + 1);
		name.role = Character.toLowerCase(role.charAt(0)) + role.substring(1);
	}

	/** Relatives, who are people though the lexicon lists them apart. */
	private static final Set<String> KIN = NameLexicon.words("cousin", "nephew", "niece", "uncle", "aunt", "brother",
			"sister", "son", "daughter", "grandson", "granddaughter");

	/**
	 * "named Tom Vane as chair", "named Tom Vane its chair": an appointment, no naming.
	 */
	private static boolean appointsAfter(DocumentTokens doc, int end) {
		if (end >= doc.size() || doc.boundaryBefore(end)) {
			return false;
		}
		String next = doc.get(end).lower();
		return next.equals("as") || RoleWords.ARTICLES.contains(next) || next.equals("its") || next.equals("their");
	}

	/**
	 * "a firm called ...", "a small village named ...", "a new album called ...": a noun
	 * for a body, a place, a thing, a made thing or an event, which no person is.
	 */
	private static boolean thing(String noun) {
		return OrganisationWords.NOUNS.contains(noun) || PlacesNamedAfterTheirKind.kind(noun) || ThingKinds.kind(noun)
				|| ArtefactAppositions.artefact(noun) || EventAppositions.event(noun);
	}

	/**
	 * The indefinite article that opens the description ending at {@code head}, with only
	 * words that qualify a noun between; -1 when there is none.
	 */
	private static int articleBefore(DocumentTokens doc, int head) {
		for (int t = head - 1; t >= 0 && head - t < MAX_DESCRIPTION_WORDS && !doc.boundaryBefore(t + 1); t--) {
			Token token = doc.get(t);
			String lower = token.lower();
			if (RoleWords.INDEFINITE.contains(lower)) {
				return t;
			}
			if (!token.word() || NameLexicon.FUNCTION_WORDS.contains(lower) || NameLexicon.PREPOSITIONS.contains(lower)
					|| RoleWords.VERBS.contains(lower) || SpeechVerbs.isSpeechVerb(lower)
					|| SubjectActs.pronoun(lower)) {
				return -1;
			}
		}
		return -1;
	}

}
