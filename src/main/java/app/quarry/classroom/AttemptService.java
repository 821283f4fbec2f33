package app.quarry.classroom;

import app.quarry.account.LearnerId;
import app.quarry.bank.QuestionLimits;
import app.quarry.bank.grading.Grade;
import app.quarry.bank.grading.Verdict;
import app.quarry.classroom.internal.Assignment;
import app.quarry.classroom.internal.AssignmentRepository;
import app.quarry.classroom.internal.Attempt;
import app.quarry.classroom.internal.AttemptAccess;
import app.quarry.classroom.internal.AttemptItem;
import app.quarry.classroom.internal.AttemptItemRepository;
import app.quarry.classroom.internal.AttemptRepository;
import app.quarry.classroom.results.GradedAttempt;
import app.quarry.classroom.results.StudentGrade;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Students taking assignments: start or resume an attempt, save each answer as it is
 * given (graded at once, so nothing waits for the submit), submit. Only the attempt's own
 * student may see or change it; after the due time or the time limit nothing is accepted
 * and the refusal says why. An attempt that ran out is closed with the answers given in
 * time.
 * <p>
 * Every call is all or nothing: a refusal or a failure writes nothing. Closing an attempt
 * publishes {@link AttemptSubmitted} in the same transaction, so what other features do
 * with the answers (srs records them as reviews) happens only once the closing committed.
 * An attempt whose time ran out is closed at its deadline by the next call that reads it.
 */
@Service
@Transactional
public class AttemptService {

	private final AssignmentService assignmentService;

	private final AttemptRepository attempts;

	private final AssignmentRepository assignments;

	private final AttemptItemRepository items;

	private final QuestionCatalog catalog;

	private final QuizGrader grader;

	private final ApplicationEventPublisher events;

	private final AttemptGrades grades;

	private final Clock clock;

	AttemptService(AssignmentService assignmentService, AttemptRepository attempts, AssignmentRepository assignments,
			AttemptItemRepository items, QuestionCatalog catalog, QuizGrader grader, ApplicationEventPublisher events,
			AttemptGrades grades, ObjectProvider<Clock> clock) {
		this.assignments = assignments;
		this.grades = grades;
		this.assignmentService = assignmentService;
		this.attempts = attempts;
		this.items = items;
		this.catalog = catalog;
		this.grader = grader;
		this.events = events;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/** The student's assignments across their classes, soonest due first. */
	public List<StudentAssignment> assignments(Actor student) {
		Instant now = this.clock.instant();
		List<StudentAssignment> result = new ArrayList<>();
		for (Assignment assignment : this.assignmentService.enrolledAssignments(student)) {
			List<Attempt> all = closeExpired(assignment, student.userId(), now);
			Long open = all.stream()
				.filter(a -> a.getSubmittedAt() == null)
				.map(Attempt::getId)
				.findFirst()
				.orElse(null);
			List<GradedAttempt> closed = this.grades.closedByStudent(assignment, all, now)
				.getOrDefault(student.userId(), List.of());
			boolean released = AnswerReveal.valueOf(assignment.getAnswerReveal())
				.showsAll(true, now, assignment.getDueAt());
			Double grade = released ? AttemptGrades.grade(assignment, closed).map(StudentGrade::fraction).orElse(null)
					: null;
			List<AttemptScore> scores = AttemptGrades.scores(closed, released);
			AssignmentStatus status = AssignmentService.window(assignment)
				.status(now, closed.size(), assignment.getAttemptsAllowed());
			result.add(new StudentAssignment(this.assignmentService.summary(assignment), status, closed.size(), grade,
					open, scores));
		}
		return result;
	}

	/**
	 * Resumes the student's open attempt, or starts a new one when allowed. A refusal
	 * leaves no attempt behind, so a student never loses an attempt to a quiz that could
	 * not be made.
	 */
	public AttemptView start(Actor student, AssignmentId assignmentId) {
		Assignment assignment = this.assignmentService.visibleTo(student, assignmentId);
		AssignmentWindow window = AssignmentService.window(assignment);
		Instant now = this.clock.instant();
		List<Attempt> previous = closeExpired(assignment, student.userId(), now);
		for (Attempt attempt : previous) {
			if (attempt.getSubmittedAt() == null) {
				return view(assignment, attempt, now);
			}
		}
		window.refuseStart(now, student.zone()).ifPresent(reason -> {
			throw new ClassroomRefusal(reason);
		});
		if (previous.size() >= assignment.getAttemptsAllowed()) {
			throw new ClassroomRefusal(
					(assignment.getAttemptsAllowed() == 1) ? "You have already made your attempt at this assignment."
							: "You have used all " + assignment.getAttemptsAllowed() + " attempts at this assignment.");
		}
		int number = previous.size() + 1;
		List<QuizQuestion> drawn = draw(assignment, student.userId(), number);
		if (drawn.isEmpty()) {
			throw new ClassroomRefusal("None of this assignment's questions is approved any more; tell your teacher.");
		}
		Attempt attempt = this.attempts.save(new Attempt(assignmentId.value(), student.userId(), number, now));
		for (int position = 0; position < drawn.size(); position++) {
			QuizQuestion q = drawn.get(position);
			List<String> options = QuestionDraw.options(q.options(), assignment.isShuffleOptions(), attempt.getId(),
					q.id());
			this.items.save(new AttemptItem(attempt.getId(), position, q.id(), q.version(), q.type(), q.format(),
					q.prompt(), q.answer(), q.value(), q.accepted(), options));
		}
		return view(assignment, attempt, now);
	}

	private List<QuizQuestion> draw(Assignment assignment, long studentId, int attemptNumber) {
		// questions retired since the assignment was set are left out rather than shown
		List<QuizQuestion> pool = assignment.getPool()
			.stream()
			.map(this.catalog::approved)
			.flatMap(java.util.Optional::stream)
			.toList();
		int count = (assignment.getDrawCount() == 0) ? pool.size() : assignment.getDrawCount();
		long seed = QuestionDraw.seed(QuestionDraw.seed(assignment.getId(), studentId), attemptNumber);
		return QuestionDraw.draw(pool, count, assignment.isShuffleQuestions(), seed);
	}

	public AttemptView view(Actor student, long attemptId) {
		Attempt attempt = own(student, attemptId);
		Assignment assignment = this.assignmentService.visibleTo(student, AssignmentId.of(attempt.getAssignmentId()));
		Instant now = this.clock.instant();
		closeIfExpired(assignment, attempt, now);
		return view(assignment, attempt, now);
	}

	/**
	 * Saves (and grades) one answer; answering again replaces it while the attempt is
	 * open.
	 */
	public AttemptView answer(Actor student, long attemptId, int position, String response) {
		Attempt attempt = ownWhileEnrolled(student, attemptId);
		Assignment assignment = assignmentOf(attempt);
		Instant now = this.clock.instant();
		refuseIfClosed(assignment, attempt, now, student);
		// one read of the attempt's items serves both the answer and the view returned:
		// with the attempt and its assignment, saving an answer costs three queries and
		// one update however long the quiz
		List<AttemptItem> all = this.items.findByAttemptIdOrderByPositionAsc(attemptId);
		AttemptItem item = all.stream()
			.filter(i -> i.getPosition() == position)
			.findFirst()
			.orElseThrow(() -> new ClassroomRefusal("This attempt has no question " + (position + 1) + "."));
		if (item.getResponse() != null
				&& AnswerReveal.valueOf(assignment.getAnswerReveal()) == AnswerReveal.AFTER_EACH) {
			// the right answer was shown as soon as this one was saved
			throw new ClassroomRefusal("Question " + (position + 1)
					+ " was answered and its correct answer shown, so the answer can no longer be changed.");
		}
		String trimmed = response.strip();
		if (trimmed.length() > QuestionLimits.ANSWER) {
			throw new ClassroomRefusal("An answer can be at most " + QuestionLimits.ANSWER + " characters long.");
		}
		Grade grade = this.grader.grade(item, trimmed);
		item.answer(trimmed, grade.verdict().name(), QuizScoring.score(grade.verdict()), now);
		this.events.publishEvent(new AnswerGraded(attemptId, LearnerId.of(student.userId()),
				app.quarry.bank.QuestionId.of(item.getQuestionId()), grade.verdict(), now));
		return view(assignment, attempt, all, now);
	}

	public AttemptView submit(Actor student, long attemptId) {
		Attempt attempt = ownWhileEnrolled(student, attemptId);
		Assignment assignment = assignmentOf(attempt);
		Instant now = this.clock.instant();
		refuseIfClosed(assignment, attempt, now, student);
		List<AttemptItem> all = this.items.findByAttemptIdOrderByPositionAsc(attemptId);
		close(attempt, now, all);
		return view(assignment, attempt, all, now);
	}

	private void refuseIfClosed(Assignment assignment, Attempt attempt, Instant now, Actor student) {
		if (attempt.getSubmittedAt() != null) {
			throw new ClassroomRefusal("This attempt was already submitted; answers are no longer accepted.");
		}
		AssignmentWindow window = AssignmentService.window(assignment);
		java.util.Optional<String> refusal = window.refuseAnswer(now, attempt.getStartedAt(), student.zone());
		if (refusal.isPresent()) {
			// nothing is written: the next read closes the attempt at its deadline with
			// these answers
			throw new ClassroomRefusal(refusal.get() + " The answers you gave in time were kept.");
		}
	}

	private List<Attempt> closeExpired(Assignment assignment, long studentId, Instant now) {
		List<Attempt> all = this.attempts.findByAssignmentIdAndStudentIdOrderByAttemptNumberAsc(assignment.getId(),
				studentId);
		all.forEach(attempt -> closeIfExpired(assignment, attempt, now));
		return all;
	}

	private void closeIfExpired(Assignment assignment, Attempt attempt, Instant now) {
		Instant deadline = AssignmentService.window(assignment).deadline(attempt.getStartedAt());
		if (attempt.getSubmittedAt() == null && !now.isBefore(deadline)) {
			close(attempt, deadline);
		}
	}

	/**
	 * Closes the attempt and announces it with its graded answers (each one becomes a
	 * review of the student's card, in srs).
	 */
	private void close(Attempt attempt, Instant at) {
		close(attempt, at, this.items.findByAttemptIdOrderByPositionAsc(attempt.getId()));
	}

	private void close(Attempt attempt, Instant at, List<AttemptItem> items) {
		attempt.submit(at);
		this.events.publishEvent(new AttemptSubmitted(attempt.getId(), LearnerId.of(attempt.getStudentId()), at,
				SubmittedAnswers.of(attempt.getStartedAt(), items)));
	}

	/**
	 * The student's own attempt, refused as {@link #own} and
	 * {@link AssignmentService#visibleTo} would, read with the enrolment in one query.
	 */
	private Attempt ownWhileEnrolled(Actor student, long attemptId) {
		AttemptAccess access = this.attempts.findWithEnrolment(attemptId)
			.filter(found -> found.attempt().getStudentId() == student.userId())
			.orElseThrow(ClassroomAccess::noSuchAttempt);
		if (!access.enrolled()) {
			throw ClassroomAccess.noSuchAssignment();
		}
		return access.attempt();
	}

	private Assignment assignmentOf(Attempt attempt) {
		return this.assignments.findById(attempt.getAssignmentId()).orElseThrow(ClassroomAccess::noSuchAssignment);
	}

	private Attempt own(Actor student, long attemptId) {
		Attempt attempt = this.attempts.findById(attemptId).orElseThrow(ClassroomAccess::noSuchAttempt);
		if (attempt.getStudentId() != student.userId()) {
			throw ClassroomAccess.noSuchAttempt();
		}
		return attempt;
	}

	private AttemptView view(Assignment assignment, Attempt attempt, Instant now) {
		return view(assignment, attempt, this.items.findByAttemptIdOrderByPositionAsc(attempt.getId()), now);
	}

	private AttemptView view(Assignment assignment, Attempt attempt, List<AttemptItem> items, Instant now) {
		AnswerReveal reveal = AnswerReveal.valueOf(assignment.getAnswerReveal());
		boolean closed = attempt.getSubmittedAt() != null;
		boolean revealAll = reveal.showsAll(closed, now, assignment.getDueAt());
		List<AttemptQuestion> questions = new ArrayList<>();
		double total = 0;
		// looked up only once the attempt is closed: answering stays one query lighter
		Map<String, Integer> current = closed
				? this.catalog.currentVersions(items.stream().map(AttemptItem::getQuestionId).toList()) : Map.of();
		for (AttemptItem item : items) {
			boolean show = revealAll || (reveal == AnswerReveal.AFTER_EACH && item.getResponse() != null);
			Verdict verdict = (show && item.getVerdict() != null) ? Verdict.valueOf(item.getVerdict()) : null;
			total += Objects.requireNonNullElse(item.getScore(), 0.0);
			questions.add(new AttemptQuestion(item.getPosition(), item.getQuestionId(), item.getQuestionFormat(),
					item.getPrompt(), item.getOptions(), item.getResponse(), verdict, show ? item.getAnswer() : null,
					item.getQuestionVersion(), current.get(item.getQuestionId())));
		}
		Instant deadline = AssignmentService.window(assignment).deadline(attempt.getStartedAt());
		@Nullable Double score = revealAll ? total : null;
		AssignmentId assignmentId = AssignmentId.of(assignment.getId());
		return new AttemptView(attempt.getId(), assignmentId, assignment.getTitle(), attempt.getStartedAt(), deadline,
				attempt.getSubmittedAt(), questions, score, reveal == AnswerReveal.AFTER_EACH);
	}

}
