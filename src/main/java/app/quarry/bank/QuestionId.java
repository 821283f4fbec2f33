package app.quarry.bank;

import app.quarry.base.PureCore;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Which question of the bank: the id bank.json gives it ({@code d-1234abcd}, say), as
 * other features hold it. In JSON and URLs it is that text alone, so it reads and parses
 * as the plain id did.
 *
 * @param value the id as the bank writes it; never blank
 */
@PureCore
public record QuestionId(@JsonValue String value) {

	public QuestionId {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("A question id cannot be blank.");
		}
	}

	/** The question a bank id, a URL parameter or a JSON string names. */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static QuestionId of(String value) {
		return new QuestionId(value);
	}

	/** The bare id, so that messages and URLs built from it read as before. */
	@Override
	public String toString() {
		return this.value;
	}

}
