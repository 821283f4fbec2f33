package app.quarry.classroom.ui;

import app.quarry.bank.QuestionStatus;

/** What the review page says when the filters list no question: what to do next. */
final class EmptyReview {

	private EmptyReview() {
	}

	static String text(QuestionStatus status, boolean oneDocument) {
		String from = oneDocument ? " from this document" : "";
		return switch (status) {
			case DRAFT -> "No drafts" + from + " are waiting for review. Drafts arrive when you add documents "
					+ "(Add documents, in the menu) or import a GIFT file below; to see questions already "
					+ "reviewed, choose Approved or Retired under Status.";
			case APPROVED -> "No approved questions" + from + ". Approve drafts (choose Draft under Status), "
					+ "or choose Any document.";
			case RETIRED -> "No retired questions" + from + ". Questions you retire are kept here, no longer asked.";
		};
	}

}
