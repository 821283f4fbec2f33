package app.quarry.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** Every page, with or without the frame, answers {@code ?} with the shortcut overlay. */
@Component
class ShortcutHelpInstaller implements VaadinServiceInitListener {

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.getSource().addUIInitListener(init -> ShortcutHelp.listenForQuestionMark(init.getUI()));
	}

}
