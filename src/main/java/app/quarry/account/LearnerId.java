package app.quarry.account;

import app.quarry.base.PureCore;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Which person: the id of their account, as the features that keep something of theirs
 * (cards, attempts, private questions) hold it. In JSON and URLs it is the number alone,
 * so it reads and parses as the plain id did.
 *
 * @param value the account's id; always positive
 */
@PureCore
public record LearnerId(@JsonValue long value) {

	public LearnerId {
		if (value <= 0) {
			throw new IllegalArgumentException("A learner id is positive, not " + value + ".");
		}
	}

	/** The person an account id, a URL parameter or a JSON number names. */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static LearnerId of(long value) {
		return new LearnerId(value);
	}

	/** The bare number, so that messages and URLs built from it read as before. */
	@Override
	public String toString() {
		return Long.toString(this.value);
	}

}
