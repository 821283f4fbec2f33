package app.quarry.classroom.ui;

import app.quarry.classroom.ClassroomAccessDenied;
import app.quarry.classroom.ClassroomRefusal;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.function.Supplier;

/**
 * Runs a service call from a view, turning a refusal into a message the user can act on.
 */
final class Messages {

	private Messages() {
	}

	static <T> T attempt(Supplier<T> action, T fallback) {
		try {
			return action.get();
		}
		catch (ClassroomRefusal | ClassroomAccessDenied ex) {
			error(ex.getMessage());
			return fallback;
		}
	}

	static void error(String message) {
		Notification notification = Notification.show(message, 8000, Notification.Position.MIDDLE);
		notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
	}

	static void done(String message) {
		Notification notification = Notification.show(message, 4000, Notification.Position.BOTTOM_START);
		notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
	}

}
