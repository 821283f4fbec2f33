package app.quarry.generation.extract;

/**
 * A direct quotation and who said it. {@code text} includes the quotation marks;
 * {@code quote} is the quoted words exactly as in the document; {@code speaker} is the
 * speaker's canonical name, or null when no speaker can be found.
 */
public record QuoteFact(String text, int start, int end, String quote, String speaker) implements Fact {

	@Override
	public String type() {
		return "quote";
	}

}
