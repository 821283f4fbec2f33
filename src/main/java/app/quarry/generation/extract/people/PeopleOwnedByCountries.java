package app.quarry.generation.extract.people;

/**
 * A full name owned by a country ("Westria's Jane Roe") belongs to a person more often
 * than {@link CountriesBeforeNames#readsAsPerson} can prove from a short list of given
 * names or from the surname used alone: sport owns its players by country as business
 * owns its firms. The name is read as a person's when its first word is on the long list
 * of given names, or when the same story owns another such person by a country, as a
 * match report owns all its players; never when its last word closes a firm's name
 * ("Westria's Acme Motors") or the story calls it by its first word alone, as it does a
 * firm ("Acme said").
 */
final class PeopleOwnedByCountries {

	private PeopleOwnedByCountries() {
	}

	static boolean person(DocumentTokens doc, int first, int last) {
		String end = doc.get(last).lower();
		if (OrganisationWords.NOUNS.contains(end) || OrganisationWords.COMPANY_SUFFIXES.contains(end)
				|| CountriesBeforeNames.usedAlone(doc, doc.get(first).text())) {
			return false;
		}
		return GivenNames.known(doc.get(first).lower()) || anotherOwnedPerson(doc, first);
	}

	/**
	 * Whether the story owns, by a country, another full name that opens on a given name:
	 * "Eastland's Tom Hale" elsewhere in it.
	 */
	private static boolean anotherOwnedPerson(DocumentTokens doc, int first) {
		for (int mark = 1; mark + 2 < doc.size(); mark++) {
			Token given = doc.get(mark + 1);
			if (mark + 1 == first || !NameFinder.isPossessiveMark(doc.get(mark)) || doc.boundaryBefore(mark + 1)
					|| !given.word() || !given.capitalized() || doc.boundaryBefore(mark + 2)
					|| !doc.get(mark + 2).word() || !doc.get(mark + 2).capitalized()) {
				continue;
			}
			if ((NameFinder.givenName(given) || GivenNames.known(given.lower()))
					&& CountriesBeforeNames.countryOpening(doc, mark) >= 0) {
				return true;
			}
		}
		return false;
	}

}
