package app.quarry.generation.extract.people;

/**
 * "Zentrix Corp., Tulsa, Okla., said", "Brovo Inc., Trenton, N.J., said": the city and
 * state a business story sets off by commas after a company's name, where they say where
 * it is and name no one.
 */
final class SetOffPlaces {

	private SetOffPlaces() {
	}

	/**
	 * The index after the set-off place's closing comma when one follows the company's
	 * name from {@code start} to {@code end}; -1 otherwise.
	 */
	static int end(DocumentTokens doc, int start, int end) {
		return OrganisationWords.companyName(doc, start, end) ? afterPlace(doc, end) : -1;
	}

	/**
	 * The index after a place set off by commas at {@code end} (", Tulsa, Okla.,"),
	 * whoever's name stands before it; -1 otherwise.
	 */
	static int afterPlace(DocumentTokens doc, int end) {
		if (end + 4 >= doc.size() || !doc.get(end).is(",") || !doc.get(end + 1).capitalized()
				|| doc.boundaryBefore(end + 1)) {
			return -1;
		}
		int city = OrganisationNameRuns.runEnd(doc, end + 1);
		if (city + 2 >= doc.size() || !doc.get(city).is(",") || doc.boundaryBefore(city + 1) || !state(doc, city + 1)) {
			return -1;
		}
		int after = city + 2;
		if (doc.get(after).is(".") && doc.get(after).start() == doc.get(after - 1).end()) {
			after++; // "Okla."
		}
		return after < doc.size() && doc.get(after).is(",") && !doc.boundaryBefore(after) ? after + 1 : -1;
	}

	/** "Okla", "Texas", "N.J.", "N.Y.": a state or country, written out or shortened. */
	private static boolean state(DocumentTokens doc, int t) {
		String text = doc.get(t).text();
		return OrganisationWords.PLACES.contains(text.toLowerCase(java.util.Locale.ROOT))
				|| text.matches("(?:\\p{Lu}\\.){2,3}");
	}

}
