package app.quarry.classroom.ui;

import app.quarry.base.ui.PageListeners;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.DomListenerRegistration;

/**
 * Listens for the quiz keys anywhere on the page while the quiz view is attached: digits
 * 1-9, T and F, and Enter. They are ignored while typing in a text field (a radio button
 * is not one: digits must work while an option has focus), and Enter also on a button or
 * link, which handles it itself. Each key arrives with the id of the question card that
 * holds the focus, or an empty string when none does.
 */
final class QuizKeys {

	private static final String TARGET = "event.composedPath()[0]";

	private static final String IN_TEXT = "(" + TARGET + ".isContentEditable || " + TARGET + ".tagName === 'TEXTAREA'"
			+ " || (" + TARGET + ".tagName === 'INPUT' && !['radio', 'checkbox'].includes(" + TARGET + ".type)))";

	private static final String ON_CONTROL = "(['BUTTON', 'VAADIN-BUTTON', 'A'].includes(" + TARGET + ".tagName) || "
			+ TARGET + ".getAttribute('role') === 'button')";

	static final String FILTER = "!event.ctrlKey && !event.metaKey && !event.altKey && !event.repeat && !" + IN_TEXT
			+ " && (/^[1-9tfTF]$/.test(event.key) || (event.key === 'Enter' && !" + ON_CONTROL + "))";

	static final String CARD_ID = "event.composedPath().map(node => node.id)"
			+ ".find(id => typeof id === 'string' && id.startsWith('question-')) || ''";

	private QuizKeys() {
	}

	interface Handler {

		void key(String key, String cardId);

	}

	/** Registers the listener on the UI while {@code view} is attached. */
	static void install(Component view, Handler handler) {
		PageListeners.whileAttached(view, ui -> listen(ui, handler));
	}

	private static DomListenerRegistration listen(UI ui, Handler handler) {
		DomListenerRegistration registration = ui.getElement()
			.addEventListener("keydown",
					event -> handler.key(event.getEventData().get("event.key").asString(),
							event.getEventData().get(CARD_ID).asString()))
			.addEventData("event.key")
			.addEventData(CARD_ID)
			.setFilter(FILTER);
		registration.preventDefault();
		return registration;
	}

}
