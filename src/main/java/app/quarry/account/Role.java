package app.quarry.account;

/** What a person may do in Quarry; a new account is a {@link #STUDENT}. */
public enum Role {

	/** Studies cards, joins classes, takes quizzes. */
	STUDENT,

	/** Manages documents and questions, runs classes. */
	TEACHER,

	/** Manages accounts and roles. */
	ADMIN;

	/** The Spring Security authority for this role ({@code ROLE_ADMIN}, ...). */
	public String authority() {
		return "ROLE_" + name();
	}

}
