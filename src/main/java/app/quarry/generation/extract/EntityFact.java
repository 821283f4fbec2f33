package app.quarry.generation.extract;

/**
 * An organisation and what the document says it is ("Magna", "a Canadian automobile parts
 * company"). {@code value} is the organisation's name as written.
 */
public record EntityFact(String text, int start, int end, String value, String description) implements Fact {

	@Override
	public String type() {
		return "entity";
	}

}
