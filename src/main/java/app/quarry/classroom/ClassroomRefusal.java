package app.quarry.classroom;

/**
 * A request that is allowed but cannot be done: a wrong or expired join code, an answer
 * after the due time, a bad assignment. The message is written for the user.
 */
public class ClassroomRefusal extends RuntimeException {

	public ClassroomRefusal(String message) {
		super(message);
	}

}
