package app.quarry.classroom.ui;

import app.quarry.classroom.AttemptQuestion;
import app.quarry.bank.QuestionLimits;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.IntConsumer;
import org.jspecify.annotations.Nullable;

/**
 * One quiz question: the prompt as text, radio buttons for choices (arrow keys move
 * between them; {@link QuizKeys} pick one by number or T/F) or a text field for typed
 * answers. A typed answer is saved a moment after typing stops, and at once on Enter or
 * when the focus leaves, so an answer is not lost to a reload or to the time running out;
 * where a saved answer is final it waits for Enter or the focus leaving.
 */
class QuizQuestionCard extends Div {

	/** How long typing must pause before a typed answer is saved. */
	static final int TYPING_PAUSE_MS = 800;

	private final AttemptQuestion question;

	private final BiConsumer<Integer, String> save;

	private final @Nullable RadioButtonGroup<String> choices;

	private final @Nullable TextField typed;

	private @Nullable Button check;

	/**
	 * @param finalOnceSaved whether a saved answer is final: then an option chosen by
	 * mouse or arrow keys waits for Check, since arrow keys move through options on their
	 * way to the intended one
	 * @param save saves an answer given at a position
	 * @param next moves the focus past the question at a position
	 */
	QuizQuestionCard(AttemptQuestion question, int count, boolean open, boolean finalOnceSaved,
			BiConsumer<Integer, String> save, IntConsumer next) {
		this.question = question;
		this.save = save;
		addClassName("quiz-question");
		setId("question-" + question.position());
		H3 heading = new H3("Question " + (question.position() + 1) + " of " + count);
		Paragraph prompt = new Paragraph(question.prompt());
		prompt.addClassName("quiz-prompt");
		add(heading, prompt);
		if (!question.options().isEmpty()) {
			this.typed = null;
			this.choices = new RadioButtonGroup<>();
			this.choices.setItems(question.options());
			this.choices.setItemLabelGenerator(this::numbered);
			this.choices.setAriaLabel("Answer to question " + (question.position() + 1));
			this.choices.addThemeName("vertical");
			if (question.response() != null) {
				this.choices.setValue(question.response());
			}
			// a shown verdict locks the answer: the service refuses to change it
			this.choices.setReadOnly(!open || question.verdict() != null);
			boolean checkFirst = finalOnceSaved && open && question.verdict() == null;
			Button check = new Button("Check", click -> {
				if (this.choices.getValue() != null) {
					save.accept(question.position(), this.choices.getValue());
				}
			});
			check.setId("check-" + question.position());
			check.setEnabled(false);
			this.choices.addValueChangeListener(change -> {
				if (change.isFromClient() && change.getValue() != null) {
					if (checkFirst) {
						check.setEnabled(true);
					}
					else {
						save.accept(question.position(), change.getValue());
					}
				}
			});
			add(this.choices);
			if (checkFirst) {
				this.check = check;
				add(check);
			}
		}
		else {
			this.choices = null;
			this.typed = new TextField();
			this.typed.setAriaLabel("Answer to question " + (question.position() + 1));
			this.typed.setPlaceholder("Type your answer, then Enter");
			// a half-typed answer must not become final; elsewhere it is saved while
			// typing
			this.typed.setValueChangeMode(finalOnceSaved ? ValueChangeMode.ON_CHANGE : ValueChangeMode.LAZY);
			this.typed.setValueChangeTimeout(TYPING_PAUSE_MS);
			this.typed.setWidthFull();
			this.typed.setMaxLength(QuestionLimits.ANSWER);
			if (question.response() != null) {
				this.typed.setValue(question.response());
			}
			this.typed.setReadOnly(!open || question.verdict() != null);
			this.typed.addValueChangeListener(change -> {
				if (change.isFromClient() && !change.getValue().isBlank()) {
					save.accept(question.position(), change.getValue());
				}
			});
			this.typed.addKeyDownListener(Key.ENTER, enter -> next.accept(question.position()));
			add(this.typed);
		}
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

	/** Makes the answer read-only: the time is up, and the server would refuse it. */
	void lock() {
		if (this.choices != null) {
			this.choices.setReadOnly(true);
		}
		if (this.typed != null) {
			this.typed.setReadOnly(true);
		}
		if (this.check != null) {
			this.check.setEnabled(false);
		}
	}

	/**
	 * Answers by a quiz key: a digit picks that option, T or F picks True or False.
	 * @return whether the key meant an option of this question
	 */
	boolean choose(String key) {
		int index = optionIndex(key.toLowerCase(Locale.ROOT));
		if (this.choices == null || this.choices.isReadOnly() || index < 0) {
			return false;
		}
		String option = this.question.options().get(index);
		this.choices.setValue(option);
		this.save.accept(this.question.position(), option);
		return true;
	}

	/**
	 * Puts the keyboard focus on the answer: the chosen (or first) option, or the field.
	 */
	void focusAnswer() {
		if (this.typed != null) {
			this.typed.focus();
		}
		else if (this.choices != null) {
			this.choices.getElement()
				.executeJs("const radio = this.querySelector('vaadin-radio-button[checked]')"
						+ " || this.querySelector('vaadin-radio-button'); if (radio) radio.focus();");
		}
	}

	private int optionIndex(String key) {
		if (key.matches("[1-9]")) {
			int index = Integer.parseInt(key) - 1;
			return (index < this.question.options().size()) ? index : -1;
		}
		String word = key.equals("t") ? "true" : key.equals("f") ? "false" : "";
		for (int i = 0; i < this.question.options().size(); i++) {
			if (this.question.options().get(i).equalsIgnoreCase(word)) {
				return i;
			}
		}
		return -1;
	}

	// The number is the key that picks the option.
	private String numbered(String option) {
		return (this.question.options().indexOf(option) + 1) + ". " + option;
	}

}
