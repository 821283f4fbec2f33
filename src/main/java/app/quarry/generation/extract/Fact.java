package app.quarry.generation.extract;

/**
 * Something a document states that a question can test. Offsets are character offsets
 * into the document's text as read; {@code text} is exactly
 * {@code documentText.substring(start,
 * end)}. The JSON shape of each kind is the {@code extract} contract in bank-format.md.
 */
public sealed interface Fact permits DateFact, DurationFact, TimeFact, SetFact, TimeReferenceFact, CountFact, QuoteFact,
		PersonFact, LetterFact, EntityFact, NamedThingFact {

	String text();

	int start();

	int end();

	/**
	 * The contract's {@code type} field: date, duration, time, set, time-reference,
	 * count, quote, person, letter, entity.
	 */
	String type();

}
