package app.quarry.study.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;

/**
 * The study page's controls around the card: take back the last answer, suspend the card,
 * flag it as a bad question, edit it (for those who may), and a custom session.
 */
class StudyControls extends Div {

	private final Button undo;

	private final Button suspend;

	private final Button flag;

	private final Button edit;

	private final Button custom;

	StudyControls(Runnable undo, Runnable suspend, Runnable flag, Runnable edit, Runnable custom) {
		addClassName("study-controls");
		getElement().setAttribute("role", "toolbar");
		getElement().setAttribute("aria-label", "Card actions");
		this.undo = small(QuestionPanel.button("Undo", "U", undo, false), "study-undo");
		this.suspend = small(QuestionPanel.button("Suspend", "S", suspend, false), "study-suspend");
		this.flag = small(QuestionPanel.button("Flag", "!", flag, false), "study-flag");
		this.edit = small(QuestionPanel.button("Edit", "E", edit, false), "study-edit");
		this.custom = small(new Button("Custom study", click -> custom.run()), "study-custom");
		add(this.undo, this.suspend, this.flag, this.edit, this.custom);
	}

	private static Button small(Button button, String className) {
		button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
		button.addClassName(className);
		return button;
	}

	/**
	 * Enables what applies now: undo after an answer, the card's actions while one is
	 * shown.
	 */
	void update(boolean canUndo, boolean cardShown, boolean flagged, boolean editable) {
		this.undo.setEnabled(canUndo);
		this.suspend.setEnabled(cardShown);
		this.flag.setEnabled(cardShown);
		this.flag.setText(flagged ? "Unflag" : "Flag");
		this.flag.getElement().setAttribute("aria-pressed", Boolean.toString(flagged));
		this.edit.setVisible(editable);
	}

	Button undoButton() {
		return this.undo;
	}

	Button suspendButton() {
		return this.suspend;
	}

	Button flagButton() {
		return this.flag;
	}

	Button editButton() {
		return this.edit;
	}

	Button customButton() {
		return this.custom;
	}

}
