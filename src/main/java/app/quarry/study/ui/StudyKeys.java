package app.quarry.study.ui;

import app.quarry.base.ui.PageListeners;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.DomListenerRegistration;

/**
 * Listens for the study keys anywhere on the page while the study view is attached:
 * digits, letters and Ctrl+Z are ignored while typing in a field; Space and Enter also
 * while a button or link has focus, since the focused control then handles them itself.
 */
final class StudyKeys {

	private static final String TARGET = "event.composedPath()[0]";

	private static final String IN_FIELD = "(" + TARGET + ".isContentEditable || ['INPUT','TEXTAREA','SELECT']"
			+ ".includes(" + TARGET + ".tagName))";

	private static final String ON_CONTROL = "(['BUTTON','VAADIN-BUTTON','A','VAADIN-SELECT','VAADIN-COMBO-BOX']"
			+ ".includes(" + TARGET + ".tagName) || " + TARGET + ".getAttribute('role') === 'button')";

	private static final String PLAIN = "!event.ctrlKey && !event.metaKey && !event.altKey && !event.repeat && !"
			+ IN_FIELD
			+ " && (['1','2','3','4','t','f','a','u','s','e','!','T','F','A','U','S','E'].includes(event.key)"
			+ " || ([' ','Enter'].includes(event.key) && !" + ON_CONTROL + "))";

	// Ctrl+Z (Cmd+Z) undoes the last answer, as in Anki, but not inside a field
	private static final String UNDO = "(event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && !"
			+ IN_FIELD + " && ['z','Z'].includes(event.key)";

	static final String FILTER = "(" + PLAIN + ") || (" + UNDO + ")";

	private StudyKeys() {
	}

	interface Handler {

		void key(String key);

	}

	/** Registers the listener on the UI while {@code view} is attached. */
	static void install(Component view, Handler handler) {
		PageListeners.whileAttached(view, ui -> listen(ui, handler));
	}

	private static DomListenerRegistration listen(UI ui, Handler handler) {
		DomListenerRegistration registration = ui.getElement()
			.addEventListener("keydown", event -> handler.key(event.getEventData().get("event.key").asString()))
			.addEventData("event.key")
			.setFilter(FILTER);
		registration.preventDefault();
		return registration;
	}

}
