package app.quarry.classroom.ui;

import app.quarry.classroom.AssignmentDetails;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/**
 * Asks before an assignment is deleted, saying what goes with it. Cancel has the focus,
 * so Enter does not delete by accident.
 */
class DeleteAssignmentDialog extends Dialog {

	DeleteAssignmentDialog(AssignmentDetails details, Runnable delete) {
		setId("delete-dialog");
		setHeaderTitle("Delete \u201c" + details.summary().title() + "\u201d?");
		int attempts = details.attempts();
		Paragraph what = new Paragraph((attempts == 0) ? "No student has started it. This cannot be undone."
				: "Its " + attempts + ((attempts == 1) ? " attempt" : " attempts")
						+ " by students and their marks are deleted with it. This cannot be undone.");
		what.setId("delete-consequence");
		add(what);
		Button cancel = new Button("Cancel", click -> close());
		cancel.setId("cancel-delete");
		Button confirm = new Button("Delete assignment", click -> {
			close();
			delete.run();
		});
		confirm.setId("confirm-delete");
		confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
		getFooter().add(cancel, confirm);
		addOpenedChangeListener(opened -> {
			if (opened.isOpened()) {
				cancel.focus();
			}
		});
	}

}
