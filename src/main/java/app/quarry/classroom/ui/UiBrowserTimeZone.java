package app.quarry.classroom.ui;

import app.quarry.classroom.BrowserTimeZone;
import com.vaadin.flow.component.UI;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The zone the browser of the current UI reported. Vaadin collects it when the UI starts,
 * so it is there before the first view is built; null outside a UI or when the browser
 * did not say.
 */
@Component
class UiBrowserTimeZone implements BrowserTimeZone {

	@Override
	public @Nullable String zoneId() {
		UI ui = UI.getCurrent();
		return (ui != null) ? ui.getPage().getExtendedClientDetails().getTimeZoneId() : null;
	}

}
