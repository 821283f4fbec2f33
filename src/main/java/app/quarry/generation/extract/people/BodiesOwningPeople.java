package app.quarry.generation.extract.people;

/**
 * A club, party or town written in the possessive right before a person's full name,
 * which says whom the person plays for or belongs to: "Boxford's Jane Roe was booked", "a
 * shot by Acme United's Tom Hale". {@link FirmsOwningNames} reads only owners that look
 * like firms, and {@link CountriesBeforeNames} only countries; a bare name of one or two
 * words is read here, last, as "someone from" it. The owned name must read as a person's,
 * and the owner must not: a person owning another ("Roe's John Doe") is a relation, not a
 * body.
 */
final class BodiesOwningPeople {

	private static final int MAX_OWNER_WORDS = 2;

	private BodiesOwningPeople() {
	}

	static void find(DocumentTokens doc, Mention name) {
		int mark = name.phraseStartToken - 1;
		if (name.role != null || name.possessive || !name.multiWordName() || mark < 1
				|| !NameFinder.isPossessiveMark(doc.get(mark)) || doc.boundaryBefore(mark)
				|| doc.boundaryBefore(name.phraseStartToken) || !readsAsPerson(doc, name)) {
			return;
		}
		int start = mark;
		while (start > 0 && mark - start < MAX_OWNER_WORDS && !doc.boundaryBefore(start)
				&& ownerWord(doc.get(start - 1))) {
			start--;
		}
		if (start == mark || start > 0 && !doc.boundaryBefore(start) && runContinues(doc, start - 1)
				|| personLike(doc, start, mark)) {
			return;
		}
		name.role = Affiliations.SOMEONE_FROM + doc.span(start, mark);
	}

	private static boolean readsAsPerson(DocumentTokens doc, Mention name) {
		Token first = doc.get(name.phraseStartToken);
		return NameFinder.givenName(first) || GivenNames.known(first.lower())
				|| CountriesBeforeNames.readsAsPerson(doc, name);
	}

	private static boolean ownerWord(Token token) {
		String lower = token.lower();
		return token.word() && token.capitalized() && !NameLexicon.FUNCTION_WORDS.contains(lower)
				&& !NameLexicon.HONORIFICS.contains(lower) && !NameLexicon.TITLES.contains(lower)
				&& !NameLexicon.isRoleNoun(lower);
	}

	/**
	 * A word before the owner that belongs to a longer name or a title ("President",
	 * "Mr", "of"), or joins it to another owner, leaves the owner's bounds unknown.
	 */
	private static boolean runContinues(DocumentTokens doc, int t) {
		Token before = doc.get(t);
		// "Acme's rocket and Quist's Tom Hale", "Acme, Quist's Tom Hale": owners shared
		// or listed leave it open whose she is; "Later, Quist's Tom Hale" does not
		boolean listed = before.is(",") && t > 0 && !doc.boundaryBefore(t) && doc.get(t - 1).word()
				&& doc.get(t - 1).capitalized() && !OpeningAdverbs.at(doc, t - 1, t);
		return before.word() && before.capitalized() || NameFinder.isPossessiveMark(before) || before.is("&") || listed
				|| before.lower().equals("of") || before.lower().equals("and");
	}

	/**
	 * The owner reads as a person's name: a name of two words that opens on a given name,
	 * a given name borne almost only by women or only by men, or a name whose last word
	 * the story writes after a given name or a title (a surname, "Jane Roe"), or has
	 * speak on its own ("Roe said"). Clubs and towns bear the other given names
	 * ("Denver's Jane Roe").
	 */
	private static boolean personLike(DocumentTokens doc, int start, int mark) {
		Token first = doc.get(start);
		if (NameFinder.givenName(first) || mark - start > 1 && GivenNames.known(first.lower())
				|| GivenNames.recordedSex(first.lower()) != Gender.UNKNOWN) {
			return true;
		}
		String last = doc.get(mark - 1).text();
		for (int t = 0; t < doc.size(); t++) {
			if (t == mark - 1 || !doc.get(t).text().equals(last)) {
				continue;
			}
			boolean afterName = t > 0 && !doc.boundaryBefore(t) && doc.get(t - 1).word() && doc.get(t - 1).capitalized()
					&& !NameLexicon.FUNCTION_WORDS.contains(doc.get(t - 1).lower())
					&& (mark - 1 - start == 0 || !doc.get(t - 1).text().equals(doc.get(start).text()));
			boolean speaks = t + 1 < doc.size() && !doc.boundaryBefore(t + 1)
					&& SpeechVerbs.isSpeechVerb(doc.get(t + 1).lower())
					&& !SpeechVerbs.isParticiple(doc.get(t + 1).lower());
			if (afterName && NameLexicon.HONORIFICS.contains(doc.get(t - 1).lower())
					|| afterName && (NameFinder.givenName(doc.get(t - 1)) || GivenNames.known(doc.get(t - 1).lower()))
					|| speaks) {
				return true;
			}
		}
		return false;
	}

}
