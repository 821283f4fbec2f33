package app.quarry.decks.ui;

import app.quarry.bank.StoredQuestion;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.BiConsumer;

/** Changes what one card asks and what it accepts as the answer. */
class CardEditDialog extends Dialog {

	CardEditDialog(StoredQuestion card, BiConsumer<String, String> save) {
		setHeaderTitle("Edit card");
		TextArea prompt = new TextArea("Question");
		prompt.setValue(card.question().prompt());
		prompt.setWidthFull();
		prompt.setId("edit-prompt");
		TextArea answer = new TextArea("Answer");
		answer.setValue(card.question().answer());
		answer.setWidthFull();
		answer.setId("edit-answer");
		Paragraph error = new Paragraph();
		Button ok = new Button("Save", click -> {
			try {
				save.accept(prompt.getValue(), answer.getValue());
				close();
			}
			catch (IllegalArgumentException ex) {
				error.setText(ex.getMessage());
			}
		});
		ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		ok.setId("edit-save");
		add(prompt, answer, error);
		getFooter().add(new Button("Cancel", click -> close()), ok);
	}

}
