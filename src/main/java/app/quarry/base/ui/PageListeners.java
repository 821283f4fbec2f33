package app.quarry.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.DomListenerRegistration;
import java.util.function.Function;

/**
 * Listeners a view puts on the whole page (keys pressed anywhere, say), registered each
 * time the view is attached and removed when it is detached, so that none outlives its
 * view or is added twice when the view comes back.
 */
public final class PageListeners {

	private PageListeners() {
	}

	/** Registers {@code listen}'s listener on the UI while {@code view} is attached. */
	public static void whileAttached(Component view, Function<UI, DomListenerRegistration> listen) {
		DomListenerRegistration[] registration = new DomListenerRegistration[1];
		view.addAttachListener(attach -> registration[0] = listen.apply(attach.getUI()));
		view.addDetachListener(detach -> {
			if (registration[0] != null) {
				registration[0].remove();
			}
		});
	}

}
