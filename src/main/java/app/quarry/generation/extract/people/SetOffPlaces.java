package app.quarry.generation.extract.people;

/**
 * "Zentrix Corp., Tulsa, Okla., said", "Brovo Inc., Trenton, N.J., said", "Brovo Inc.,
 * Atlanta, said": the city (and state) a business story sets off by commas after a
 * company's name, where they say where it is and name no one.
 */
final class SetOffPlaces {

	private SetOffPlaces() {
	}

	/**
	 * The index after the set-off place's closing comma when one follows the company's
	 * name from {@code start} to {@code end}; -1 otherwise.
	 */
	static int end(DocumentTokens doc, int start, int end) {
		if (!OrganisationWords.companyName(doc, start, end)) {
			return -1;
		}
		int place = afterPlace(doc, end);
		return place > 0 ? place : afterTown(doc, end);
	}

	/**
	 * "Brovo Inc., Atlanta, said", "Brovo Cos., New York, adopted": a town alone set off
	 * after a company's name, when the company's verb follows its closing comma (in a
	 * list of names another name or "and" would); the index after that comma, or -1.
	 */
	private static int afterTown(DocumentTokens doc, int end) {
		if (end + 3 >= doc.size() || !doc.get(end).is(",") || doc.boundaryBefore(end + 1)) {
			return -1;
		}
		int town = CompanyBases.placeEnd(doc, end + 1);
		if (town < 0 || town + 1 >= doc.size() || !doc.get(town).is(",") || doc.boundaryBefore(town + 1)) {
			return -1;
		}
		Token verb = doc.get(town + 1);
		return verb.word() && !verb.capitalized() && CompanyAnaphora.verbAfter(doc, town + 1) ? town + 1 : -1;
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
