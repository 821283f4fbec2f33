package app.quarry.classroom;

import static app.quarry.classroom.ClassroomTestSupport.newActor;

import app.quarry.account.AccountService;
import app.quarry.account.Role;
import app.quarry.base.MovableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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

	/**
	 * A quiz begun: a teacher's class of one student, a quiz of the bank's first approved
	 * questions of one format picked by hand, open from the clock's now for {@code open},
	 * and the student's attempt at it. Teacher, student, class and quiz are named after
	 * {@code name}.
	 */
	protected BegunQuiz begunQuiz(String name, String format, int questions, Duration open) {
		Instant start = this.clock.instant();
		Actor teacher = newActor(this.accounts, name + " Teacher", Role.TEACHER);
		Actor student = newActor(this.accounts, name + " Student");
		ClassSummary group = this.classes.create(teacher, name + " group");
		this.classes.join(student, group.joinCode().code());
		List<String> picked = this.catalog.approved(null, null, format)
			.stream()
			.limit(questions)
			.map(QuizQuestion::id)
			.toList();
		AssignmentSummary quiz = this.assignments.create(teacher,
				AssignmentDraft.handPicked(group.id(), name, start, start.plus(open), picked));
		return new BegunQuiz(teacher, student, quiz, this.attempts.start(student, quiz.id()));
	}

	/** What {@link #begunQuiz} made. */
	protected record BegunQuiz(Actor teacher, Actor student, AssignmentSummary quiz, AttemptView attempt) {

	}

}
