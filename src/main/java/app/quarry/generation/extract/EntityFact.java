package app.quarry.generation.extract;

/**
 * An organisation or a place and what the document says it is ("Magna", "a Canadian
 * automobile parts company"; "Arvena", "the capital of Norland"). {@code value} is the
 * name as written; {@code place} tells a place from an organisation, so that each is
 * asked about and offered as a wrong answer among its own kind.
 */
public record EntityFact(String text, int start, int end, String value, String description,
		boolean place) implements Fact {

	/** An organisation's description. */
	public EntityFact(String text, int start, int end, String value, String description) {
		this(text, start, end, value, description, false);
	}

	/** A place's description; the name is its own text. */
	public static EntityFact place(String name, int start, int end, String description) {
		return new EntityFact(name, start, end, name, description, true);
	}

	@Override
	public String type() {
		return "entity";
	}

}
