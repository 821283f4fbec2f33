package app.quarry.classroom.moodle;

/**
 * Why a GIFT question could not be read, and where.
 *
 * @param line 1-based line in the file
 * @param message what is wrong, in words a teacher can act on
 */
public record GiftProblem(int line, String message) {

	@Override
	public String toString() {
		return "line " + this.line + ": " + this.message;
	}

}
