package app.quarry.classroom;

/**
 * A request for something the caller may not see or change. The message says what was
 * refused without revealing whether the thing exists.
 */
public class ClassroomAccessDenied extends RuntimeException {

	public ClassroomAccessDenied(String message) {
		super(message);
	}

}
