package app.quarry.classroom.ui;

import app.quarry.classroom.AssignmentId;

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

	static String results(AssignmentId assignmentId) {
		return "teach/assignments/" + assignmentId + "/results";
	}

	static String question(String questionId) {
		return QUESTIONS + "/" + questionId;
	}

	static String attempt(long attemptId) {
		return "attempt/" + attemptId;
	}

	/** A student's review of their closed attempt. */
	static String review(long attemptId) {
		return "attempt/" + attemptId + "/review";
	}

	/** A teacher's page of one assignment: its settings and questions. */
	static String assignment(AssignmentId assignmentId) {
		return "teach/assignments/" + assignmentId;
	}

	/**
	 * What a student answered in one attempt, for their teacher, who may change marks.
	 */
	static String responses(long attemptId) {
		return "teach/attempts/" + attemptId;
	}

	static String student(long classId, long studentId) {
		return CLASSES + "/" + classId + "/students/" + studentId;
	}

}
