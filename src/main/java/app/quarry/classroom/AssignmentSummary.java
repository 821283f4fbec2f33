package app.quarry.classroom;

import app.quarry.classroom.results.GradingPolicy;

/**
 * An assignment as both teacher and student see it.
 *
 * @param id the assignment id
 * @param classId its class
 * @param className its class's name
 * @param title its title
 * @param window when it accepts answers
 * @param attemptsAllowed how many attempts a student may make
 * @param questionsPerStudent how many questions each attempt has
 * @param poolSize how many questions they are drawn from
 * @param shuffleQuestions per-student question order
 * @param shuffleOptions per-student option order
 * @param reveal when answers are shown
 * @param grading how several attempts make one grade
 */
public record AssignmentSummary(AssignmentId id, long classId, String className, String title, AssignmentWindow window,
		int attemptsAllowed, int questionsPerStudent, int poolSize, boolean shuffleQuestions, boolean shuffleOptions,
		AnswerReveal reveal, GradingPolicy grading) {

}
