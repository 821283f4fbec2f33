package app.quarry.study;

/**
 * Which questions a session draws from: all of them, one document's, or one question
 * type's ({@code date}, {@code count}, ...).
 */
public record StudyFilter(Scope scope, String key) {

	/** What the filter's key names. */
	public enum Scope {

		ALL, DOCUMENT, TYPE

	}

	public static final StudyFilter ALL = new StudyFilter(Scope.ALL, "");

	public static StudyFilter document(String documentId) {
		return new StudyFilter(Scope.DOCUMENT, documentId);
	}

	public static StudyFilter type(String questionType) {
		return new StudyFilter(Scope.TYPE, questionType);
	}

	public boolean matches(StudyCard card) {
		return switch (this.scope) {
			case ALL -> true;
			case DOCUMENT -> this.key.equals(card.documentId());
			case TYPE -> this.key.equals(card.type());
		};
	}

}
