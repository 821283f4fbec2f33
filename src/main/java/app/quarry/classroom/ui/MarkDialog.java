package app.quarry.classroom.ui;

import app.quarry.classroom.AttemptReviewService;
import app.quarry.classroom.ReviewedAnswer;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.BiConsumer;

/**
 * Changing the mark of one answer: the new mark (0 to 1) and the reason, which is kept on
 * record and shown to the student.
 */
class MarkDialog extends Dialog {

	final NumberField mark = new NumberField("New mark (0 to 1)");

	final TextArea reason = new TextArea("Reason (the student sees it)");

	/**
	 * @param save called with the new mark and the reason
	 */
	MarkDialog(ReviewedAnswer answer, BiConsumer<Double, String> save) {
		setHeaderTitle("Change the mark of question " + (answer.position() + 1));
		setId("mark-dialog");
		Paragraph current = new Paragraph(
				"Now: " + ((answer.mark() != null) ? AnswerCard.number(answer.mark()) : "0") + " of 1.");
		this.mark.setId("new-mark");
		this.mark.setMin(0);
		this.mark.setMax(1);
		this.mark.setStep(0.25);
		this.mark.setStepButtonsVisible(true);
		this.mark.setValue((answer.mark() != null && answer.mark() >= 1) ? 0.0 : 1.0);
		this.reason.setId("mark-reason");
		this.reason.setMaxLength(AttemptReviewService.MAX_REASON);
		this.reason.setWidthFull();
		add(current, this.mark, this.reason);
		Button cancel = new Button("Cancel", click -> close());
		Button apply = new Button("Change mark", click -> {
			Double value = this.mark.getValue();
			save.accept((value != null) ? value : Double.NaN, this.reason.getValue());
		});
		apply.setId("save-mark");
		apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		getFooter().add(cancel, apply);
	}

}
