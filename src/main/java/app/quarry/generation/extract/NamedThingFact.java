package app.quarry.generation.extract;

/**
 * A thing the document names and says what it is, neither a person, an organisation nor a
 * place: "a puppy named Biscuit", "a plastic explosive called Thornite", "a ferry dubbed
 * the Grey Heron" ("Biscuit", "a puppy"). Asked as "What is Biscuit?", among no people
 * and no firms. Its contract {@code type} is the organisations' and places',
 * {@code entity}.
 */
public record NamedThingFact(String text, int start, int end, String value, String description) implements Fact {

	@Override
	public String type() {
		return "entity";
	}

}
