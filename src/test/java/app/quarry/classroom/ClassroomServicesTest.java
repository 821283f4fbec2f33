package app.quarry.classroom;

import app.quarry.account.AccountService;
import app.quarry.base.MovableClock;
import org.junit.jupiter.api.Tag;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the classroom tests share: the app on the classroom test database with its
 * services and the movable clock.
 */
@Tag("database")
@ClassroomSpringTest
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
