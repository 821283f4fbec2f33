package app.quarry.classroom;

import static app.quarry.classroom.ClassroomTestSupport.newActor;
import static org.assertj.core.api.Assertions.assertThat;

import app.quarry.account.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;

/**
 * The results page and the grades CSV cost a fixed number of statements, however many
 * students took the assignment: the grid is read in one query, not per student.
 */
@Import(StatementCounter.class)
class ResultsStatementsTest extends ClassroomServicesTest {

	@Test
	void the_results_and_the_grades_csv_cost_the_same_statements_for_a_class_of_three_as_for_twelve() {
		Instant start = Instant.parse("2026-11-23T08:00:00Z");
		this.clock.set(start);
		Actor teacher = newActor(this.accounts, "Grid Teacher", Role.TEACHER);
		List<String> pool = this.catalog.approved(null, null, null)
			.stream()
			.filter(q -> !q.options().isEmpty())
			.limit(5)
			.map(QuizQuestion::id)
			.toList();
		AssignmentSummary small = quizTakenBy(3, teacher, pool, start);
		AssignmentSummary large = quizTakenBy(12, teacher, pool, start);

		StatementCounter.Tally smallResults = StatementCounter.count(() -> this.results.results(teacher, small.id()));
		StatementCounter.Tally largeResults = StatementCounter.count(() -> this.results.results(teacher, large.id()));
		StatementCounter.Tally smallCsv = StatementCounter.count(() -> this.results.gradesCsv(teacher, small.id()));
		StatementCounter.Tally largeCsv = StatementCounter.count(() -> this.results.gradesCsv(teacher, large.id()));

		System.out.printf("results page: %d statements for 3 students, %d for 12; grades CSV: %d and %d%n",
				smallResults.statements(), largeResults.statements(), smallCsv.statements(), largeCsv.statements());
		assertThat(largeResults.statements())
			.as("results for 12 students sent:%n%s", String.join("\n", largeResults.sql()))
			.isEqualTo(smallResults.statements());
		assertThat(largeCsv.statements()).as("grades CSV for 12 students sent:%n%s", String.join("\n", largeCsv.sql()))
			.isEqualTo(smallCsv.statements());
	}

	private AssignmentSummary quizTakenBy(int students, Actor teacher, List<String> pool, Instant start) {
		ClassSummary group = this.classes.create(teacher, "Class of " + students);
		AssignmentSummary quiz = this.assignments.create(teacher,
				AssignmentDraft.handPicked(group.id(), "Grid quiz", start, start.plus(Duration.ofDays(1)), pool));
		for (int i = 0; i < students; i++) {
			Actor student = newActor(this.accounts, "Grid Student");
			this.classes.join(student, group.joinCode().code());
			AttemptView attempt = this.attempts.start(student, quiz.id());
			for (AttemptQuestion question : attempt.questions()) {
				this.attempts.answer(student, attempt.attemptId(), question.position(), question.options().get(0));
			}
			this.attempts.submit(student, attempt.attemptId());
		}
		return quiz;
	}

}
