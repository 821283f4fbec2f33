package app.quarry.study.ui;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

import app.quarry.study.ShownCard;
import app.quarry.bank.QuestionFormat;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The question side of a card, in its format; the prompt is document text, shown as text.
 */
class QuestionPanel extends Div {

	private final ShownCard shown;

	private final TextField typed = new TextField();

	QuestionPanel(ShownCard shown, Runnable reveal, IntConsumer choose, Consumer<String> submit) {
		this.shown = shown;
		addClassName("study-question");
		Span progress = new Span("Card " + shown.position() + " of " + shown.total() + " · " + formatName());
		progress.addClassName("study-progress");
		H2 prompt = new H2();
		prompt.setText(shown.card().prompt());
		prompt.addClassName("study-prompt");
		prompt.setId("study-prompt");
		add(progress, prompt);
		switch (shown.card().format()) {
			case FLASHCARD -> add(button("Show answer", "Space", reveal, true));
			case MULTIPLE_CHOICE, TRUE_FALSE -> add(options(shown.options(), choose));
			case TYPED, CLOZE -> add(typedAnswer(submit));
		}
	}

	private String formatName() {
		return this.shown.card().format().label().toLowerCase(java.util.Locale.ROOT);
	}

	private Div options(List<String> options, IntConsumer choose) {
		Div list = new Div();
		list.addClassName("study-options");
		list.getElement().setAttribute("role", "group");
		list.getElement().setAttribute("aria-labelledby", "study-prompt");
		for (int i = 0; i < options.size(); i++) {
			int position = i;
			String key = keyFor(i);
			Button option = new Button(key + ". " + options.get(i), click -> choose.accept(position));
			option.setText(key + ". " + options.get(i));
			option.addClassName("study-option");
			// the visible text names the button (and its key); no separate label to drift
			// from it
			option.getElement().setAttribute("aria-keyshortcuts", key.substring(0, 1));
			list.add(option);
		}
		return list;
	}

	/** True/false also answers to T and F; the digits work for both formats. */
	private String keyFor(int position) {
		if (this.shown.card().format() == QuestionFormat.TRUE_FALSE) {
			return (position == 0) ? "1 or T" : "2 or F";
		}
		return Integer.toString(position + 1);
	}

	private Div typedAnswer(Consumer<String> submit) {
		this.typed.setLabel(this.shown.card().format() == QuestionFormat.CLOZE ? "The missing words" : "Your answer");
		this.typed.setClearButtonVisible(false);
		this.typed.setMaxLength(500);
		this.typed.setWidthFull();
		this.typed.addKeyDownListener(Key.ENTER, event -> submit.accept(this.typed.getValue()));
		Button check = button("Check", "Enter", () -> submit.accept(this.typed.getValue()), true);
		Div form = new Div(this.typed, check);
		form.addClassName("study-typed");
		return form;
	}

	/** Puts the keyboard where the answer goes: the text field, else the first button. */
	void focusAnswer() {
		if (this.shown.card().format() == QuestionFormat.TYPED || this.shown.card().format() == QuestionFormat.CLOZE) {
			this.typed.focus();
		}
	}

	TextField typedField() {
		return this.typed;
	}

	static Button button(String text, String key, Runnable action, boolean primary) {
		Button button = new Button(text, click -> action.run());
		if (primary) {
			button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		}
		button.setTooltipText(text + " (" + key + ")");
		button.getElement().setAttribute("aria-keyshortcuts", key);
		return button;
	}

}
