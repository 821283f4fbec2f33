package app.quarry.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.quarry.BrowserlessUi;
import app.quarry.account.AccountSpringTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

/**
 * An error no view expected is logged with its stack trace and shown to the person as a
 * short notification, in every session.
 */
@AccountSpringTest
@ExtendWith(OutputCaptureExtension.class)
class UnexpectedErrorsTest {

	@Autowired
	private ApplicationContext context;

	@BeforeEach
	void start() {
		BrowserlessUi.start(this.context);
		UI.getCurrent().navigate("");
	}

	@AfterEach
	void stop() {
		BrowserlessUi.stop();
	}

	@Test
	void an_unexpected_error_is_logged_and_the_person_is_told_something_went_wrong(CapturedOutput log) {
		VaadinSession.getCurrent()
			.getErrorHandler()
			.error(new ErrorEvent(new IllegalStateException("the database went away")));

		assertThat(log.getOut()).contains("ERROR", "unexpected error", "the database went away");
		assertThat(_get(Notification.class).getElement().getProperty("text"))
			.isEqualTo(UnexpectedErrors.SOMETHING_WENT_WRONG);
	}

	@Test
	void a_refused_call_is_logged_as_a_warning_and_the_person_is_told_they_may_not(CapturedOutput log) {
		VaadinSession.getCurrent()
			.getErrorHandler()
			.error(new ErrorEvent(new RuntimeException(new AccessDeniedException("Access Denied"))));

		assertThat(log.getOut()).contains("WARN", "refused");
		assertThat(_get(Notification.class).getElement().getProperty("text")).isEqualTo(UnexpectedErrors.NOT_ALLOWED);
	}

}
