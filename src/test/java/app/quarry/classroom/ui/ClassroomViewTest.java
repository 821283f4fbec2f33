package app.quarry.classroom.ui;

import static app.quarry.classroom.ClassroomTestSupport.loginOf;

import app.quarry.BrowserlessUi;
import app.quarry.account.AccountService;
import app.quarry.base.MovableClock;
import app.quarry.classroom.Actor;
import app.quarry.classroom.AssignmentService;
import app.quarry.classroom.AttemptService;
import app.quarry.classroom.ClassService;
import app.quarry.classroom.ClassroomSpringTest;
import app.quarry.classroom.QuestionCatalog;
import app.quarry.classroom.ResultsService;
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
@ClassroomSpringTest
abstract class ClassroomViewTest {

	static final Instant START = Instant.parse("2026-11-23T08:00:00Z");

	@Autowired
	ApplicationContext context;

	@Autowired
	AccountService accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	ClassService classes;

	@Autowired
	AssignmentService assignments;

	@Autowired
	AttemptService attempts;

	@Autowired
	ResultsService results;

	@Autowired
	QuestionCatalog catalog;

	@Autowired
	MovableClock clock;

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
