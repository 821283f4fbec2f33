package app.quarry.generation.extract.people;

/**
 * "Zentrix Corp., Tulsa, Okla., said": the city and state a business story sets off by
 * commas after a company's name, where they say where it is and name no one.
 */
final class SetOffPlaces {

	private SetOffPlaces() {
	}

	/**
	 * The index after the set-off place's closing comma when one follows the name from
	 * {@code start} to {@code end}; -1 otherwise.
	 */
	static int end(DocumentTokens doc, int start, int end) {
		if (OrganisationShapes.placeSetOff(doc, start, end) == null) {
			return -1;
		}
		int state = OrganisationFinder.runEnd(doc, end + 1) + 2;
		if (doc.get(state).is(".") && doc.get(state).start() == doc.get(state - 1).end()) {
			state++;
		}
		return state + 1;
	}

}
