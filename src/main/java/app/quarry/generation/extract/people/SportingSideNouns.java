package app.quarry.generation.extract.people;

/**
 * Nouns that sports writing uses for a club or a national team before its name: "Norvian
 * side Acme Rovers", "the Westrian giants Halvard", "their city rivals Dunmore". None is
 * a body's noun in general English ("on the other side", "a giant of a man"), so they
 * count only where {@link OrganisationNounsBefore} reads a noun with a qualifier before a
 * capitalized name. The plurals name one club, as British sports pages write them; a
 * person is a "rival" or a "giant", never "rivals" or "giants".
 */
final class SportingSideNouns {

	private static final java.util.Set<String> NOUNS = NameLexicon.words("side", "giants", "rivals", "outfit");

	/**
	 * A side or an outfit is a team only after a place, a people or a league ("Norvian
	 * side", "top-flight side"): "the far side" and "the other side" are where something
	 * is.
	 */
	private static final java.util.Set<String> SINGULAR = NameLexicon.words("side", "outfit");

	private SportingSideNouns() {
	}

	/**
	 * Whether the lower-case word at {@code t} is one of these nouns, a single name after
	 * it: "rivals Acme and Boxford" lists two, and a plural then means no club.
	 */
	static boolean namesASide(DocumentTokens doc, int t) {
		Token token = doc.get(t);
		return token.word() && !token.capitalized() && NOUNS.contains(token.lower()) && !listFollows(doc, t + 1)
				&& (!SINGULAR.contains(token.lower()) || teamQualifier(doc, t - 1));
	}

	/** A capitalized or hyphened word at {@code t}: "English", "top-flight". */
	private static boolean teamQualifier(DocumentTokens doc, int t) {
		return t >= 0 && !doc.boundaryBefore(t + 1) && doc.get(t).word()
				&& (doc.get(t).capitalized() || doc.get(t).text().contains("-"));
	}

	/** A capitalized run after {@code first} that "and" or a comma joins to another. */
	private static boolean listFollows(DocumentTokens doc, int first) {
		int t = first;
		while (t < doc.size() && !doc.boundaryBefore(t) && doc.get(t).word() && doc.get(t).capitalized()) {
			t++;
		}
		return t > first && t < doc.size() && !doc.boundaryBefore(t)
				&& (doc.get(t).lower().equals("and") || doc.get(t).is(",") && t + 1 < doc.size()
						&& !doc.boundaryBefore(t + 1) && doc.get(t + 1).capitalized());
	}

}
