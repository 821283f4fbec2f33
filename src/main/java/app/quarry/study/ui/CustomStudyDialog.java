package app.quarry.study.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import app.quarry.study.CustomStudy;
import app.quarry.study.CustomStudy.Selection;
import app.quarry.bank.QuestionFormat;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;

/**
 * Sets up a custom session: what to draw from, which format, which cards, how many, and
 * whether the answers count for the schedule (off unless ticked).
 */
class CustomStudyDialog extends Dialog {

	private final Select<StudyChoice> from = new Select<>();

	private final Select<String> format = new Select<>();

	private final Select<Selection> selection = new Select<>();

	private final IntegerField cards = new IntegerField("Number of cards");

	private final Checkbox reschedule = new Checkbox("Reschedule the cards by my answers");

	CustomStudyDialog(List<StudyChoice> choices, Consumer<CustomStudy> start) {
		setHeaderTitle("Custom study");
		setId("custom-study");
		this.from.setLabel("From");
		this.from.setItems(choices);
		this.from.setItemLabelGenerator(StudyChoice::label);
		this.from.setValue(choices.get(0));
		this.format.setLabel("Format");
		List<String> formats = new ArrayList<>(List.of("any"));
		for (QuestionFormat each : QuestionFormat.values()) {
			formats.add(each.bankName());
		}
		this.format.setItems(formats);
		this.format.setItemLabelGenerator(name -> name.equals("any") ? "Any format" : QuestionFormat.label(name));
		this.format.setValue("any");
		this.selection.setLabel("Cards");
		this.selection.setItems(Selection.values());
		this.selection.setItemLabelGenerator(Selection::label);
		this.selection.setValue(Selection.AHEAD);
		this.cards.setMin(1);
		this.cards.setMax(9999);
		this.cards.setValue(20);
		this.cards.setStepButtonsVisible(true);
		Paragraph note = new Paragraph("Without rescheduling, this is practice: your answers are not stored and "
				+ "no card's next review moves.");
		note.addClassName("settings-explanation");
		VerticalLayout form = new VerticalLayout(this.from, this.format, this.selection, this.cards, this.reschedule,
				note);
		form.setPadding(false);
		add(form);
		Button go = new Button("Start", click -> {
			CustomStudy custom = value();
			close();
			start.accept(custom);
		});
		go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		go.setId("custom-study-start");
		getFooter().add(new Button("Cancel", click -> close()), go);
	}

	/** The session as set up now. */
	CustomStudy value() {
		QuestionFormat chosen = "any".equals(this.format.getValue()) ? null
				: QuestionFormat.ofBankName(this.format.getValue());
		int count = (this.cards.getValue() == null) ? 20 : Math.max(1, Math.min(9999, this.cards.getValue()));
		return new CustomStudy(this.from.getValue().filter(), chosen, this.selection.getValue(), count,
				this.reschedule.getValue());
	}

	Select<Selection> selection() {
		return this.selection;
	}

	Select<String> format() {
		return this.format;
	}

	IntegerField cards() {
		return this.cards;
	}

	Checkbox reschedule() {
		return this.reschedule;
	}

}
