package app.quarry.generation.extract;

/**
 * A letter: for a letter document its sender, recipient, date, reference and delivery;
 * for news, what a sentence says of a letter (its number in a series, who carried it,
 * when). Unknown fields are null.
 */
public record LetterFact(String text, int start, int end, String sender, String recipient, String date,
		String reference, String delivery, Integer number, String carrier, String subject) implements Fact {

	@Override
	public String type() {
		return "letter";
	}

}
