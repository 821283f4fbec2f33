package app.quarry.generation.extract.people;

/**
 * "according to Leeds news agency Harbour Wire", "according to state broadcaster Halden
 * One": a capitalised word that only qualifies the kind of source, with the source's own
 * name after the kind. The source is the name the phrase ends with, not the adjective or
 * the place it opens with.
 */
final class KindsBeforeSourceNames {

	/** Speech verbs that would end the source's phrase ("according to Roe said"). */
	private static final java.util.Set<String> FINITE_SPEECH = NameLexicon.words("said", "says", "told", "tells",
			"wrote", "writes", "adds", "notes", "states");

	/** How many lower-case words the kind may take ("state news agency"). */
	private static final int MAX_KIND_WORDS = 3;

	private KindsBeforeSourceNames() {
	}

	/**
	 * The token where the source's name starts, when the capitalised run ending before
	 * {@code end} is followed by the words of a kind and then a capitalised name; else
	 * -1.
	 */
	static int nameAfterKind(DocumentTokens doc, int end) {
		int t = end;
		int kindWords = 0;
		while (t < doc.size() && !doc.boundaryBefore(t) && kindWords <= MAX_KIND_WORDS) {
			Token token = doc.get(t);
			if (!token.word()) {
				return -1;
			}
			if (token.capitalized()) {
				return kindWords > 0 ? t : -1;
			}
			if (!kindNoun(token.lower())) {
				return -1;
			}
			kindWords++;
			t++;
		}
		return -1;
	}

	/** How many capitalised words may qualify the kind ("Harbour park operator"). */
	private static final int MAX_QUALIFIER_WORDS = 2;

	/**
	 * "Park operator Acme Holdings said", ", state broadcaster Halden One said": whether
	 * the words of a kind, after at most a capitalised qualifier and an article, open the
	 * clause the name at {@code name} is the subject of.
	 */
	static boolean kindOpeningClause(DocumentTokens doc, int name) {
		int t = name - 1;
		int kindWords = 0;
		while (t >= 0 && kindWords < MAX_KIND_WORDS && doc.get(t).word() && !doc.get(t).capitalized()
				&& kindNoun(doc.get(t).lower())) {
			kindWords++;
			t--;
			if (doc.boundaryBefore(t + 1)) {
				break;
			}
		}
		if (kindWords == 0 || !SourceSpeakers.speaks(doc.get(name - 1).lower())
				&& !NameLexicon.isRoleNoun(doc.get(name - 1).lower())
				&& !KIND_ENDINGS.matcher(doc.get(name - 1).lower()).find()) {
			return false;
		}
		int qualifiers = 0;
		while (t >= 0 && !doc.boundaryBefore(t + 1) && qualifiers < MAX_QUALIFIER_WORDS && doc.get(t).word()
				&& doc.get(t).capitalized() && !NameLexicon.FUNCTION_WORDS.contains(doc.get(t).lower())) {
			qualifiers++;
			t--;
		}
		if (t >= 0 && !doc.boundaryBefore(t + 1) && SourceSpeakers.ARTICLES.contains(doc.get(t).lower())) {
			t--;
		}
		return t < 0 || doc.boundaryBefore(t + 1) || doc.get(t).is(",") || doc.get(t).lower().equals("that");
	}

	/** Nouns of someone who does something: "operator", "owner", "organiser". */
	private static final java.util.regex.Pattern KIND_ENDINGS = java.util.regex.Pattern.compile("(or|er|ers|ors)$");

	/** A word that may name a kind of source: a noun, no verb and no function word. */
	private static boolean kindNoun(String lower) {
		return !lower.endsWith("ed") && !lower.endsWith("ing") && !NameLexicon.FUNCTION_WORDS.contains(lower)
				&& !NameLexicon.PREPOSITIONS.contains(lower) && !FINITE_SPEECH.contains(lower)
				&& !AttributionClauses.BETWEEN_SUBJECT_AND_VERB.contains(lower);
	}

}
