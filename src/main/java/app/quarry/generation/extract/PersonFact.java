package app.quarry.generation.extract;

/**
 * A person and the role the document gives them ("Kim Yo Jong", "the influential sister
 * of North Korean leader Kim Jong Un"). {@code value} is the canonical name.
 */
public record PersonFact(String text, int start, int end, String value, String role) implements Fact {

	@Override
	public String type() {
		return "person";
	}

}
