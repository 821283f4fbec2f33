package app.quarry.classroom.ui;

import app.quarry.classroom.AssignmentId;
import app.quarry.account.LearnerId;
import app.quarry.bank.QuestionId;
import static app.quarry.classroom.ClassroomTestSupport.newActor;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.quarry.account.Role;
import app.quarry.bank.BankQuestion;
import app.quarry.bank.BankService;
import app.quarry.bank.QuestionFilter;
import app.quarry.bank.QuestionStatus;
import app.quarry.bank.Source;
import app.quarry.classroom.Actor;
import app.quarry.classroom.AssignmentDraft;
import app.quarry.classroom.AttemptView;
import app.quarry.classroom.ClassSummary;
import app.quarry.classroom.QuestionReviewService;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The pages name versions: the review page lists a question's history, the results page
 * and the student's submitted attempt say when the version shown is no longer current.
 */
class VersionPagesViewTest extends ClassroomViewTest {

	static final List<String> OPTIONS = List.of("May 1, 2018", "June 12, 2018");

	@Autowired
	QuestionReviewService review;

	@Autowired
	BankService bank;

	@Test
	void an_edit_during_an_attempt_shows_in_the_history_the_results_and_the_students_review() {
		Actor teacher = newActor(this.accounts, "History Teacher", Role.TEACHER);
		Actor student = newActor(this.accounts, "History Student");
		ClassSummary group = this.classes.create(teacher, "History");
		this.classes.join(student, group.joinCode().code());
		String id = "history-" + teacher.userId();
		Source source = this.bank.withStatus(QuestionStatus.APPROVED, QuestionFilter.ANY).get(0).question().source();
		this.bank.addDrafts(
				List.of(new BankQuestion(id, "date", "true_false", "The letter came on May 1, 2018.", "May 1, 2018",
						"2018-05-01", List.of(), OPTIONS, null, source, List.of(source))),
				LearnerId.of(teacher.userId()));
		this.review.approve(teacher, QuestionId.of(id));
		AssignmentId assignmentId = this.assignments
			.create(teacher, AssignmentDraft.handPicked(group.id(), "Edited", this.clock.instant(),
					this.clock.instant().plus(Duration.ofDays(1)), List.of(id)))
			.id();
		AttemptView attempt = this.attempts.start(student, assignmentId);
		this.clock.advance(Duration.ofMinutes(10));
		this.review.edit(teacher, QuestionId.of(id), 1, "When did the letter come?", "June 12, 2018", List.of(),
				OPTIONS);
		this.attempts.answer(student, attempt.attemptId(), 0, "May 1, 2018");
		this.attempts.submit(student, attempt.attemptId());

		logIn(teacher);
		UI.getCurrent().navigate("teach/questions/" + id);
		@SuppressWarnings("unchecked")
		Grid<Object> history = _get(Grid.class, spec -> spec.withId("version-history"));
		assertThat(GridKt._size(history)).isEqualTo(2);
		assertThat(GridKt._getFormattedRow(history, 0)).startsWith("2", "Mon 23 Nov 2026, 08:10 UTC", "History Teacher",
				"prompt, answer, value, accepted", "When did the letter come?", "June 12, 2018");
		assertThat(GridKt._getFormattedRow(history, 1)).startsWith("1", "Mon 23 Nov 2026, 08:00 UTC", "History Teacher",
				"first version", "The letter came on May 1, 2018.");

		UI.getCurrent().navigate("teach/assignments/" + assignmentId + "/results");
		assertThat(GridKt._getFormattedRow(_get(Grid.class, spec -> spec.withId("item-analysis")), 0))
			.contains("v1 (now v2)");

		logIn(student);
		UI.getCurrent().navigate("attempt/" + attempt.attemptId());
		assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
			.contains("You were shown version 1 of this question, and graded on it; it has been edited since"
					+ " (now version 2).");
	}

}
