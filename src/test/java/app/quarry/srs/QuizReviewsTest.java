package app.quarry.srs;

import app.quarry.account.LearnerId;
import static app.quarry.classroom.ClassroomTestSupport.newActor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.quarry.account.Role;
import app.quarry.classroom.Actor;
import app.quarry.classroom.AssignmentDraft;
import app.quarry.classroom.AssignmentSummary;
import app.quarry.classroom.AttemptQuestion;
import app.quarry.classroom.AttemptSubmitted;
import app.quarry.classroom.AttemptView;
import app.quarry.classroom.ClassSummary;
import app.quarry.classroom.ClassroomServicesTest;
import app.quarry.classroom.QuizQuestion;
import app.quarry.srs.fsrs.Rating;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A submitted quiz feeds spaced repetition: srs hears of the submission once it
 * committed, and records each graded answer as a review of the student's card.
 */
class QuizReviewsTest extends ClassroomServicesTest {

	@Autowired
	SrsService srs;

	@Autowired
	CompletedEventPublications completed;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactions;

	private Instant start;

	private Actor student;

	private AttemptView attempt;

	@BeforeEach
	void a_student_answers_two_of_three_questions_one_rightly() {
		this.start = Instant.parse("2026-11-23T08:00:00Z");
		this.clock.set(this.start);
		Actor teacher = newActor(this.accounts, "Review Teacher", Role.TEACHER);
		this.student = newActor(this.accounts, "Review Student");
		ClassSummary group = this.classes.create(teacher, "Review group");
		this.classes.join(this.student, group.joinCode().code());
		List<String> three = this.catalog.approved(null, null, "multiple_choice")
			.stream()
			.limit(3)
			.map(QuizQuestion::id)
			.toList();
		AssignmentSummary quiz = this.assignments.create(teacher, AssignmentDraft.handPicked(group.id(), "Reviews",
				this.start, this.start.plus(Duration.ofDays(1)), three));
		this.attempt = this.attempts.start(this.student, quiz.id());
		AttemptQuestion first = this.attempt.questions().get(0);
		AttemptQuestion second = this.attempt.questions().get(1);
		this.clock.advance(Duration.ofSeconds(20));
		this.attempts.answer(this.student, this.attempt.attemptId(), first.position(), answerOf(first));
		this.clock.advance(Duration.ofSeconds(30));
		String wrong = second.options().stream().filter(o -> !o.equals(answerOf(second))).findFirst().orElseThrow();
		this.attempts.answer(this.student, this.attempt.attemptId(), second.position(), wrong);
	}

	@Test
	void each_graded_answer_of_a_submitted_attempt_becomes_a_quiz_review_of_the_students_card() {
		assertThat(this.srs.reviewLog(LearnerId.of(this.student.userId()))).isEmpty();

		this.attempts.submit(this.student, this.attempt.attemptId());

		await().pollInSameThread()
			.untilAsserted(() -> assertThat(this.srs.reviewLog(LearnerId.of(this.student.userId()))).hasSize(2));
		assertThat(this.srs.reviewLog(LearnerId.of(this.student.userId())))
			.extracting(ReviewRecord::questionId, ReviewRecord::rating, ReviewRecord::durationMs, ReviewRecord::source)
			.containsExactlyInAnyOrder(
					Tuple.tuple(this.attempt.questions().get(0).questionId(), Rating.GOOD.value(), 20_000L,
							ReviewSource.QUIZ),
					Tuple.tuple(this.attempt.questions().get(1).questionId(), Rating.AGAIN.value(), 30_000L,
							ReviewSource.QUIZ));
	}

	@Test
	void the_registry_marks_the_submissions_publication_completed_once_srs_recorded_it() {
		this.attempts.submit(this.student, this.attempt.attemptId());

		await().pollInSameThread().untilAsserted(() -> assertThat(this.completed.findAll()).anySatisfy(publication -> {
			assertThat(publication.getEvent()).isInstanceOfSatisfying(AttemptSubmitted.class, submitted -> {
				assertThat(submitted.attemptId()).isEqualTo(this.attempt.attemptId());
				assertThat(submitted.answers()).hasSize(2);
			});
			assertThat(publication.isCompleted()).isTrue();
		}));
		assertThat(this.srs.reviewLog(LearnerId.of(this.student.userId()))).hasSize(2);
	}

	@Test
	void a_submission_delivered_again_records_each_answer_once() {
		this.attempts.submit(this.student, this.attempt.attemptId());
		await().pollInSameThread().until(() -> completedDeliveries() == 1);
		AttemptSubmitted submitted = this.completed.findAll()
			.stream()
			.map(publication -> publication.getEvent())
			.filter(this::ofThisAttempt)
			.map(AttemptSubmitted.class::cast)
			.findFirst()
			.orElseThrow();

		// as when a node stops after srs recorded the reviews but before the registry
		// marked the publication completed: the submission is delivered again
		new TransactionTemplate(this.transactions).executeWithoutResult(status -> this.events.publishEvent(submitted));

		await().pollInSameThread().until(() -> completedDeliveries() == 2);
		assertThat(this.srs.reviewLog(LearnerId.of(this.student.userId()))).extracting(ReviewRecord::questionId)
			.containsExactlyInAnyOrder(this.attempt.questions().get(0).questionId(),
					this.attempt.questions().get(1).questionId());
	}

	private long completedDeliveries() {
		return this.completed.findAll()
			.stream()
			.filter(publication -> ofThisAttempt(publication.getEvent()))
			.filter(publication -> publication.isCompleted())
			.count();
	}

	private boolean ofThisAttempt(Object event) {
		return event instanceof AttemptSubmitted submitted && submitted.attemptId() == this.attempt.attemptId();
	}

	private String answerOf(AttemptQuestion question) {
		return this.catalog.approved(question.questionId()).orElseThrow().answer();
	}

}
