package app.quarry.classroom.ui;

import app.quarry.classroom.Actor;
import app.quarry.classroom.AssignmentDetails;
import app.quarry.classroom.AssignmentDraft;
import app.quarry.classroom.PickableQuestions;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Predicate;

/**
 * The new-assignment form, filled with an assignment's settings and questions to edit.
 */
class EditAssignmentDialog extends Dialog {

	final AssignmentForm form;

	/**
	 * @param save saves the draft; true when it was saved (the dialog then closes)
	 */
	EditAssignmentDialog(AssignmentDetails details, Instant now, ZoneId zone, PickableQuestions questions,
			Actor teacher, Predicate<AssignmentDraft> save) {
		setId("edit-dialog");
		setHeaderTitle("Edit \u201c" + details.summary().title() + "\u201d");
		setWidth("min(60em, 100vw)");
		this.form = new AssignmentForm(now, zone, questions, teacher);
		this.form.fill(details);
		add(this.form);
		Button cancel = new Button("Cancel", click -> close());
		Button apply = new Button("Save changes", click -> {
			if (save.test(this.form.draft(details.summary().classId()))) {
				close();
			}
		});
		apply.setId("save-assignment");
		apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		getFooter().add(cancel, apply);
	}

}
