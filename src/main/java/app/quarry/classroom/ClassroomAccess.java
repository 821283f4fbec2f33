package app.quarry.classroom;

/**
 * The refusals every classroom service shares. A class, assignment or attempt that exists
 * but is someone else's gets the same answer as one that does not exist, so ids cannot be
 * probed.
 */
final class ClassroomAccess {

	private ClassroomAccess() {
	}

	static void requireTeacher(Actor actor) {
		if (!actor.teacher() && !actor.admin()) {
			throw new ClassroomAccessDenied("Only teachers can manage classes and assignments.");
		}
	}

	static ClassroomAccessDenied noSuchClass() {
		return new ClassroomAccessDenied("There is no such class among yours.");
	}

	static ClassroomAccessDenied noSuchAssignment() {
		return ClassroomAccessDenied.noSuchAssignment();
	}

	static ClassroomAccessDenied noSuchAttempt() {
		return new ClassroomAccessDenied("There is no such attempt among yours.");
	}

}
