package app.quarry.generation.extract.people;

/**
 * What a quoted span turned out to be: a quotation (with its speaker when one was found)
 * or a phrase in quotation marks (a scare quote, a term, a title), which has no speaker.
 * A quotation whose own sentence attributes it ('“…,” said a long-titled Jane Roe') keeps
 * that attribution even when its subject could not be read: it never takes the speaker of
 * another quotation, since no speaker beats a wrong one.
 */
record Attribution(boolean quotation, LocalPerson speaker, boolean ownAttribution) {

	static final Attribution PHRASE = new Attribution(false, null);

	Attribution(boolean quotation, LocalPerson speaker) {
		this(quotation, speaker, false);
	}

	/** A quotation attributed in its own sentence to someone who could not be read. */
	static Attribution unreadSpeaker() {
		return new Attribution(true, null, true);
	}

	Attribution withSpeaker(LocalPerson person) {
		return new Attribution(this.quotation, person, this.ownAttribution);
	}

}
