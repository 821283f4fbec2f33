package app.quarry.decks.ui;

import app.quarry.decks.exchange.QuizletText;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;

/**
 * The two separators of Quizlet's export text, as Quizlet's export dialog offers them:
 * tab, comma or custom between term and definition; new line, semicolon or custom between
 * cards.
 */
class SeparatorChoice extends Div {

	private static final Map<String, String> BETWEEN_TERMS = Map.of("Tab", "\t", "Comma", ",");

	private static final Map<String, String> BETWEEN_CARDS = Map.of("New line", "\n", "Semicolon", ";");

	private final Select<String> term = new Select<>();

	private final TextField customTerm = new TextField("Custom");

	private final Select<String> card = new Select<>();

	private final TextField customCard = new TextField("Custom");

	SeparatorChoice() {
		addClassName("separator-choice");
		this.term.setLabel("Between term and definition");
		this.term.setItems("Tab", "Comma", "Custom");
		this.term.setValue("Tab");
		this.card.setLabel("Between cards");
		this.card.setItems("New line", "Semicolon", "Custom");
		this.card.setValue("New line");
		this.customTerm.setId("custom-term-separator");
		this.customCard.setId("custom-card-separator");
		this.term.addValueChangeListener(change -> this.customTerm.setVisible("Custom".equals(change.getValue())));
		this.card.addValueChangeListener(change -> this.customCard.setVisible("Custom".equals(change.getValue())));
		this.customTerm.setVisible(false);
		this.customCard.setVisible(false);
		add(this.term, this.customTerm, this.card, this.customCard);
	}

	/**
	 * The chosen separators.
	 * @throws IllegalArgumentException when a custom one is empty or both are the same
	 */
	QuizletText.Separators value() {
		String between = "Custom".equals(this.term.getValue()) ? this.customTerm.getValue()
				: BETWEEN_TERMS.get(this.term.getValue());
		String cards = "Custom".equals(this.card.getValue()) ? this.customCard.getValue()
				: BETWEEN_CARDS.get(this.card.getValue());
		return new QuizletText.Separators(between, cards);
	}

	void choose(String termChoice, String custom, String cardChoice, String customCards) {
		this.term.setValue(termChoice);
		this.customTerm.setValue(custom);
		this.card.setValue(cardChoice);
		this.customCard.setValue(customCards);
	}

}
