package app.quarry.generation.extract.people;

/**
 * "Harris of the Ledger Magazine points out", "Okafor of Vela Bank said": one name
 * followed by "of" and an organisation's name is a person known by surname and where they
 * work, not a body named like "Bank of Norland" or "Church of Scotland", whose first word
 * is itself a body's. Only the surname answers who spoke.
 */
final class SurnamesOfEmployers {

	/** The surname, "of", and at least one word of the employer's name. */
	private static final int MIN_WORDS = 3;

	/**
	 * Nouns for a kind of outlet ("the Ledger Magazine"), not a paper's own name: the
	 * words of a masthead are {@link MastheadWords}.
	 */
	private static final java.util.Set<String> MEDIA = NameLexicon.words("magazine", "newspaper", "radio", "television",
			"tv", "channel", "network", "broadcasting");

	private SurnamesOfEmployers() {
	}

	/**
	 * The person the capitalised run from {@code t} to {@code end} names by surname and
	 * employer, or null when the run has no such shape.
	 */
	static LocalPerson personAt(DocumentTokens doc, int t, int end) {
		if (end - t < MIN_WORDS || !doc.get(t + 1).is("of") || !doc.get(t).word() || !doc.get(t).capitalized()) {
			return null;
		}
		String head = doc.get(t).lower();
		String last = doc.get(end - 1).lower();
		// a newspaper, a magazine or a broadcaster employs writers quoted by surname;
		// "Port of Harlow Authority", "Bank of Norland" are bodies named as such
		boolean employer = MEDIA.contains(last) || MastheadWords.names(doc, end - 1);
		if (!employer || NameLexicon.NOT_NAMES.contains(head) || NameLexicon.TITLES.contains(head)
				|| NameLexicon.isRoleNoun(head) || NameLexicon.PORTFOLIOS.contains(head)
				|| NameLexicon.FUNCTION_WORDS.contains(head) || SourceSpeakers.speaks(head) || Demonyms.word(head)
				|| CountryNames.isCountry(head)) {
			return null; // "Bank of …", "Duke of …", "Isle of …": a body's or a title's
		}
		String surname = doc.get(t).text();
		LocalPerson person = new LocalPerson(NameKey.of(surname), surname);
		person.addSpelling(surname);
		return person;
	}

}
