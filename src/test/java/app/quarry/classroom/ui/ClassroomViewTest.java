package app.quarry.classroom.ui;

import static app.quarry.classroom.ClassroomTestSupport.loginOf;

import app.quarry.BrowserlessUi;
import app.quarry.classroom.Actor;
import app.quarry.classroom.ClassroomServicesTest;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * What the classroom views' tests share: the classroom services, a browserless UI, the
 * test clock set to a Monday morning, and logging in as a given person.
 */
abstract class ClassroomViewTest extends ClassroomServicesTest {

	static final Instant START = Instant.parse("2026-11-23T08:00:00Z");

	@Autowired
	ApplicationContext context;

	@Autowired
	UserDetailsService users;

	@BeforeEach
	void startUi() {
		this.clock.set(START);
		BrowserlessUi.start(this.context);
	}

	@AfterEach
	void stopUi() {
		BrowserlessUi.stop();
	}

	void logIn(Actor actor) {
		BrowserlessUi.logIn(this.users.loadUserByUsername(loginOf(actor)));
	}

}
