package app.quarry.generation.extract.people;

/**
 * An attribution: a speech verb beside the quote, and its subject when resolved.
 */
record FoundSpeaker(LocalPerson person) {

	static final FoundSpeaker UNRESOLVED = new FoundSpeaker(null);

	static FoundSpeaker of(Mention mention) {
		return mention == null || mention.person == null || mention.unclearSurname || mention.unclearReferent
				? UNRESOLVED : new FoundSpeaker(mention.person);
	}

	static FoundSpeaker of(LocalPerson person) {
		return person == null ? UNRESOLVED : new FoundSpeaker(person);
	}

}
