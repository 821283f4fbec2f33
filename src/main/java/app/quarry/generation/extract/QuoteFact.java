package app.quarry.generation.extract;

/**
 * A direct quotation and who said it. {@code text} includes the quotation marks;
 * {@code quote} is the quoted words exactly as in the document; {@code speaker} is the
 * speaker's canonical name, or null when no speaker can be found. {@code source} is true
 * when the speaker is no person but an organisation or a body ("Nasdaq", "the ministry"),
 * whose name must not be read as part of a person's.
 */
public record QuoteFact(String text, int start, int end, String quote, String speaker, boolean source) implements Fact {

	public QuoteFact(String text, int start, int end, String quote, String speaker) {
		this(text, start, end, quote, speaker, false);
	}

	@Override
	public String type() {
		return "quote";
	}

}
