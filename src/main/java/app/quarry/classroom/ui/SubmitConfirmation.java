package app.quarry.classroom.ui;

import app.quarry.classroom.AttemptView;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import org.jspecify.annotations.Nullable;

/**
 * Asks before an attempt is submitted, since a submitted attempt cannot be changed, and
 * says how many questions are still unanswered (an unanswered question scores nothing).
 */
final class SubmitConfirmation {

	private SubmitConfirmation() {
	}

	static void open(@Nullable AttemptView view, Runnable submit) {
		if (view == null) {
			return;
		}
		ConfirmDialog dialog = new ConfirmDialog();
		dialog.setId("submit-confirmation");
		dialog.setHeader("Submit your answers?");
		dialog.setText(text(view));
		dialog.setCancelable(true);
		dialog.setCancelText("Keep answering");
		// the default tertiary text is too pale on the dialog's footer (axe: contrast)
		dialog.setCancelButtonTheme("tertiary contrast");
		dialog.setConfirmText("Submit");
		dialog.addConfirmListener(confirm -> submit.run());
		dialog.open();
	}

	static String text(AttemptView view) {
		int count = view.questions().size();
		int unanswered = count - (int) view.answeredCount();
		String left = switch (unanswered) {
			case 0 -> "All " + count + " questions are answered.";
			case 1 -> "1 of " + count + " questions is unanswered; it will score nothing.";
			default -> unanswered + " of " + count + " questions are unanswered; they will score nothing.";
		};
		return left + " Once submitted, answers cannot be changed.";
	}

}
