package app.quarry.classroom.ui;

import app.quarry.bank.QuestionId;
import app.quarry.bank.QuestionStatus;
import app.quarry.bank.StoredQuestion;
import app.quarry.classroom.ClassroomRefusal;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import java.util.function.ToIntBiFunction;

/**
 * Approve or retire the questions selected in the review grid, many at a time: a teacher
 * reviewing a new document's drafts ticks the good ones and approves them in one go. By
 * keyboard: Space selects the focused row, Alt+A approves, Alt+R retires.
 */
class BulkReview extends HorizontalLayout {

	private final Grid<StoredQuestion> grid;

	private final Span selected = new Span();

	private final Span outcome = new Span();

	private final Button approve;

	private final Button retire;

	/**
	 * @param review changes the status of the questions with these ids, returning how
	 * many
	 * @param reviewed called after a change, to list the questions again
	 */
	BulkReview(Grid<StoredQuestion> grid, ToIntBiFunction<List<QuestionId>, QuestionStatus> review, Runnable reviewed) {
		this.grid = grid;
		this.approve = action("Approve selected", "approve-selected", QuestionStatus.APPROVED, Key.KEY_A, review,
				reviewed);
		this.approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.retire = action("Retire selected", "retire-selected", QuestionStatus.RETIRED, Key.KEY_R, review, reviewed);
		this.selected.setId("review-selected");
		this.outcome.setId("review-outcome");
		this.outcome.getElement().setAttribute("role", "status");
		setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
		setWrap(true);
		add(this.approve, this.retire, this.selected, this.outcome);
		grid.addSelectionListener(change -> showSelection());
		showSelection();
	}

	/**
	 * Offers what the listed status can become: drafts either, approved retire, retired
	 * approve.
	 */
	void show(QuestionStatus listed) {
		this.approve.setVisible(listed != QuestionStatus.APPROVED);
		this.retire.setVisible(listed != QuestionStatus.RETIRED);
		showSelection();
	}

	private Button action(String label, String id, QuestionStatus to, Key key,
			ToIntBiFunction<List<QuestionId>, QuestionStatus> review, Runnable reviewed) {
		Button button = new Button(label, click -> {
			List<QuestionId> ids = this.grid.getSelectedItems().stream().map(StoredQuestion::id).toList();
			if (ids.isEmpty()) {
				return;
			}
			try {
				int changed = review.applyAsInt(ids, to);
				this.outcome.setText(changed + ((changed == 1) ? " question " : " questions ")
						+ ShownLabels.status(to).toLowerCase(java.util.Locale.ROOT) + ".");
			}
			catch (ClassroomRefusal ex) {
				this.outcome.setText(ex.getMessage());
			}
			this.grid.deselectAll();
			reviewed.run();
		});
		button.setId(id);
		button.addClickShortcut(key, KeyModifier.ALT);
		return button;
	}

	private void showSelection() {
		int count = this.grid.getSelectedItems().size();
		this.selected.setText((count == 0) ? "Select questions with their boxes (or Space) to review several at once."
				: count + " selected");
		this.approve.setEnabled(count > 0);
		this.retire.setEnabled(count > 0);
	}

}
