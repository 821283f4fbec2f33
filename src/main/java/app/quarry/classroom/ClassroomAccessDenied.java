package app.quarry.classroom;

/**
 * A request for something the caller may not see or change. The message says what was
 * refused without revealing whether the thing exists.
 */
public class ClassroomAccessDenied extends RuntimeException {

	public ClassroomAccessDenied(String message) {
		super(message);
	}

	/**
	 * The refusal for an assignment that is not the caller's, or does not exist: also
	 * what a page answers for an address whose assignment id cannot be one.
	 */
	public static ClassroomAccessDenied noSuchAssignment() {
		return new ClassroomAccessDenied("There is no such assignment among yours.");
	}

}
