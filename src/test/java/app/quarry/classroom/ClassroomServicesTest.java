package app.quarry.classroom;

import app.quarry.account.AccountService;
import app.quarry.base.MovableClock;
import org.springframework.security.test.context.support.WithMockUser;
import org.junit.jupiter.api.Tag;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the classroom tests share: the app on the classroom test database with its
 * services and the movable clock. Every call comes from someone logged in, as in the app
 * (the services beneath refuse anyone else); who that person is, the actor each call
 * names, is what the classroom's own checks and these tests look at.
 */
@Tag("database")
@ClassroomSpringTest
@WithMockUser(username = "classroom-tests", roles = "TEACHER")
public abstract class ClassroomServicesTest {

	@Autowired
	protected AccountService accounts;

	@Autowired
	protected ClassService classes;

	@Autowired
	protected AssignmentService assignments;

	@Autowired
	protected AttemptService attempts;

	@Autowired
	protected ResultsService results;

	@Autowired
	protected QuestionCatalog catalog;

	@Autowired
	protected MovableClock clock;

}
