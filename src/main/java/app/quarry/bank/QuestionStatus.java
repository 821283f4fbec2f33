package app.quarry.bank;

/**
 * Where a question stands: a DRAFT awaits a teacher, APPROVED is studied, RETIRED is kept
 * (learners' history points at it) but no longer asked.
 */
public enum QuestionStatus {

	DRAFT, APPROVED, RETIRED

}
