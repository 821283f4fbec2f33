package app.quarry.classroom;

import static app.quarry.classroom.ClassroomTestSupport.newActor;
import static org.assertj.core.api.Assertions.assertThat;

import app.quarry.account.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;

/**
 * What a quiz costs the database, in statements: the count does not vary with the machine
 * or the engine's speed, so it is held to a bound here rather than timed. The cost of an
 * answer must not grow with the quiz, and a submitted quiz of 20 answers (each answer
 * saved, then the submit recording them all as reviews) stays within five statements per
 * answer.
 */
@Import(StatementCounter.class)
class QuizStatementsTest extends ClassroomServicesTest {

	private static final int QUESTIONS = 20;

	@Test
	void a_submitted_quiz_of_20_answers_costs_at_most_five_statements_per_answer() {
		Instant start = Instant.parse("2026-11-23T08:00:00Z");
		this.clock.set(start);
		Actor teacher = newActor(this.accounts, "Counting Teacher", Role.TEACHER);
		Actor student = newActor(this.accounts, "Counted Student");
		ClassSummary group = this.classes.create(teacher, "Statement counting");
		this.classes.join(student, group.joinCode().code());
		List<String> pool = this.catalog.approved(null, null, null)
			.stream()
			.filter(q -> !q.options().isEmpty())
			.limit(QUESTIONS)
			.map(QuizQuestion::id)
			.toList();
		assertThat(pool).hasSize(QUESTIONS);
		AssignmentSummary quiz = this.assignments.create(teacher,
				AssignmentDraft.handPicked(group.id(), "Counted quiz", start, start.plus(Duration.ofDays(1)), pool));
		AttemptView attempt = this.attempts.start(student, quiz.id());

		List<StatementCounter.Tally> answers = new ArrayList<>();
		for (AttemptQuestion question : attempt.questions()) {
			answers.add(StatementCounter.count(() -> this.attempts.answer(student, attempt.attemptId(),
					question.position(), question.options().get(0))));
		}
		StatementCounter.Tally submit = StatementCounter
			.count(() -> this.attempts.submit(student, attempt.attemptId()));

		int answering = answers.stream().mapToInt(StatementCounter.Tally::statements).sum();
		int total = answering + submit.statements();
		System.out.printf(
				"quiz of %d answers: saving the answers %d statements (%.1f per answer), submit %d statements"
						+ " in %d round trips; %.2f statements per answer in all%n",
				QUESTIONS, answering, answering / (double) QUESTIONS, submit.statements(), submit.roundTrips(),
				total / (double) QUESTIONS);
		assertThat(answers).as("every answer costs what the first did")
			.extracting(StatementCounter.Tally::statements)
			.containsOnly(answers.get(0).statements());
		assertThat(total)
			.as("statements for %d answers and the submit; an answer sent:%n%s%nthe submit sent:%n%s", QUESTIONS,
					String.join("\n", answers.get(0).sql()), String.join("\n", submit.sql()))
			.isLessThanOrEqualTo(5 * QUESTIONS);
	}

}
