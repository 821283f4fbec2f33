package app.quarry.classroom;

import app.quarry.base.PureCore;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Which assignment of a class: the id a teacher's assignment is stored under, as views,
 * routes and the results hold it. In JSON and URLs it is the number alone, so it reads
 * and parses as the plain id did.
 *
 * @param value the stored id; always positive
 */
@PureCore
public record AssignmentId(@JsonValue long value) {

	public AssignmentId {
		if (value <= 0) {
			throw new IllegalArgumentException("An assignment id is positive, not " + value + ".");
		}
	}

	/** The assignment a stored id, a URL parameter or a JSON number names. */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static AssignmentId of(long value) {
		return new AssignmentId(value);
	}

	/** The assignment a URL parameter names, such as {@code "42"}. */
	public static AssignmentId parse(String text) {
		return new AssignmentId(Long.parseLong(text.strip()));
	}

	/**
	 * The assignment a route parameter names; empty for one that cannot be an assignment
	 * id (missing, or not positive).
	 */
	public static java.util.Optional<AssignmentId> inRoute(java.util.Optional<Long> parameter) {
		return parameter.filter(value -> value > 0).map(AssignmentId::new);
	}

	/** The bare number, so that messages and URLs built from it read as before. */
	@Override
	public String toString() {
		return Long.toString(this.value);
	}

}
