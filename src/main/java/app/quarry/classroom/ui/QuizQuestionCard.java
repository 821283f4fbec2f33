package app.quarry.classroom.ui;

import app.quarry.classroom.AttemptQuestion;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.function.BiConsumer;

/**
 * One quiz question: the prompt as text, radio buttons for choices (arrow keys move
 * between them) or a text field for typed answers (saved on Enter or when focus leaves).
 */
class QuizQuestionCard extends Div {

	QuizQuestionCard(AttemptQuestion question, int count, boolean open, BiConsumer<Integer, String> save) {
		addClassName("quiz-question");
		setId("question-" + question.position());
		H3 heading = new H3("Question " + (question.position() + 1) + " of " + count);
		Paragraph prompt = new Paragraph(question.prompt());
		add(heading, prompt);
		Component input;
		if (!question.options().isEmpty()) {
			RadioButtonGroup<String> choices = new RadioButtonGroup<>();
			choices.setItems(question.options());
			choices.setAriaLabel("Answer to question " + (question.position() + 1));
			choices.addThemeName("vertical");
			if (question.response() != null) {
				choices.setValue(question.response());
			}
			choices.setReadOnly(!open);
			choices.addValueChangeListener(change -> {
				if (change.isFromClient() && change.getValue() != null) {
					save.accept(question.position(), change.getValue());
				}
			});
			input = choices;
		}
		else {
			TextField typed = new TextField();
			typed.setAriaLabel("Answer to question " + (question.position() + 1));
			typed.setPlaceholder("Type your answer, then Enter");
			typed.setValueChangeMode(ValueChangeMode.ON_CHANGE);
			typed.setWidthFull();
			if (question.response() != null) {
				typed.setValue(question.response());
			}
			typed.setReadOnly(!open);
			typed.addValueChangeListener(change -> {
				if (change.isFromClient() && !change.getValue().isBlank()) {
					save.accept(question.position(), change.getValue());
				}
			});
			input = typed;
		}
		add(input);
		if (question.verdict() != null) {
			Paragraph feedback = new Paragraph(switch (question.verdict()) {
				case CORRECT -> "Right.";
				case ALMOST -> "Almost (half a mark). The answer: " + question.correctAnswer();
				case WRONG -> "Not right. The answer: " + question.correctAnswer();
			});
			feedback.addClassName("quiz-feedback");
			add(feedback);
		}
		else if (question.answered()) {
			add(new Paragraph("Saved."));
		}
		if (question.editedSince()) {
			Paragraph version = new Paragraph("You were shown version " + question.version()
					+ " of this question, and graded on it; it has been edited since (now version "
					+ question.currentVersion() + ").");
			version.addClassName("quiz-version");
			add(version);
		}
	}

}
