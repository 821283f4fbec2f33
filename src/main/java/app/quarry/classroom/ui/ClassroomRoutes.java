package app.quarry.classroom.ui;

/** Every classroom route in one place, so links and routes cannot drift apart. */
final class ClassroomRoutes {

	static final String CLASSES = "teach/classes";

	static final String QUESTIONS = "teach/questions";

	static final String JOIN = "join";

	static final String ASSIGNMENTS = "assignments";

	private ClassroomRoutes() {
	}

	static String classPage(long classId) {
		return CLASSES + "/" + classId;
	}

	static String results(long assignmentId) {
		return "teach/assignments/" + assignmentId + "/results";
	}

	static String question(String questionId) {
		return QUESTIONS + "/" + questionId;
	}

	static String attempt(long attemptId) {
		return "attempt/" + attemptId;
	}

	static String student(long classId, long studentId) {
		return CLASSES + "/" + classId + "/students/" + studentId;
	}

}
