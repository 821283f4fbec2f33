package app.quarry.generation.extract.people;

/**
 * What a quoted span turned out to be: a quotation (with its speaker when one was found)
 * or a phrase in quotation marks (a scare quote, a term, a title), which has no speaker.
 */
record Attribution(boolean quotation, LocalPerson speaker) {

	static final Attribution PHRASE = new Attribution(false, null);

	Attribution withSpeaker(LocalPerson person) {
		return new Attribution(this.quotation, person);
	}

}
