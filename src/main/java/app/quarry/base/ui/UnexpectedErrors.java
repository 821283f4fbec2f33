package app.quarry.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The one answer, in every session, to an error no view expected: it is logged with its
 * stack trace, and the person sees a short notification instead of a page that silently
 * stopped responding. Views still catch what they expect (a refusal they can explain, an
 * answer that could not be saved) and say so in their own words.
 */
@Component
class UnexpectedErrors implements VaadinServiceInitListener {

	static final String SOMETHING_WENT_WRONG = "Something went wrong. Try again, or reload the page if it happens again.";

	static final String NOT_ALLOWED = "You are not allowed to do that.";

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(new LogAndNotify()));
	}

	/** Kept in each session, so it holds nothing but itself. */
	static final class LogAndNotify extends DefaultErrorHandler {

		private static final Logger log = LoggerFactory.getLogger(UnexpectedErrors.class);

		@Override
		public void error(ErrorEvent event) {
			Throwable relevant = findRelevantThrowable(event.getThrowable());
			if (!shouldHandle(relevant)) {
				// a browser that went away in the middle of a response: nobody to tell
				return;
			}
			boolean refused = refused(event.getThrowable());
			if (refused) {
				log.warn("refused: {}", relevant.toString());
			}
			else {
				log.error("unexpected error", relevant);
			}
			if (UI.getCurrent() != null) {
				Notification notification = Notification.show(refused ? NOT_ALLOWED : SOMETHING_WENT_WRONG, 6000,
						Notification.Position.MIDDLE);
				notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
			}
		}

		private static boolean refused(Throwable error) {
			for (Throwable cause = error; cause != null; cause = cause.getCause()) {
				if (cause instanceof AccessDeniedException) {
					return true;
				}
			}
			return false;
		}

	}

}
