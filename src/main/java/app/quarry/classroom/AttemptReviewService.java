package app.quarry.classroom;

import app.quarry.classroom.internal.Assignment;
import app.quarry.classroom.internal.Attempt;
import app.quarry.classroom.internal.AttemptItem;
import app.quarry.classroom.internal.AttemptItemRepository;
import app.quarry.classroom.internal.AttemptRepository;
import app.quarry.classroom.internal.MarkChange;
import app.quarry.classroom.internal.MarkChangeRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closed attempts answer by answer: a student reviews their own (right answers and marks
 * as the assignment's "show answers" setting allows); a teacher reads any attempt at
 * their assignments and may change the mark of an answer, each change kept on record.
 */
@Service
@Transactional
public class AttemptReviewService {

	/** The longest reason a teacher may give for changing a mark. */
	public static final int MAX_REASON = 500;

	private final AttemptService attemptService;

	private final AssignmentService assignmentService;

	private final AttemptRepository attempts;

	private final AttemptItemRepository items;

	private final MarkChangeRepository changes;

	private final AttemptReviews reviews;

	private final Clock clock;

	AttemptReviewService(AttemptService attemptService, AssignmentService assignmentService, AttemptRepository attempts,
			AttemptItemRepository items, MarkChangeRepository changes, AttemptReviews reviews,
			ObjectProvider<Clock> clock) {
		this.attemptService = attemptService;
		this.assignmentService = assignmentService;
		this.attempts = attempts;
		this.items = items;
		this.changes = changes;
		this.reviews = reviews;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/** The student's own closed attempt; an attempt still open is refused. */
	public AttemptReview review(Actor student, long attemptId) {
		// closes the attempt if its time ran out, as opening it on the quiz page would
		if (this.attemptService.view(student, attemptId).open()) {
			throw new ClassroomRefusal("This attempt is still open: finish and submit it first.");
		}
		Attempt attempt = this.attempts.findById(attemptId).orElseThrow(ClassroomAccess::noSuchAttempt);
		Assignment assignment = this.assignmentService.visibleTo(student, AssignmentId.of(attempt.getAssignmentId()));
		boolean shown = AnswerReveal.valueOf(assignment.getAnswerReveal())
			.showsAll(true, this.clock.instant(), assignment.getDueAt());
		return this.reviews.review(assignment, attempt, shown);
	}

	/**
	 * What a student answered in a closed attempt at one of the teacher's assignments.
	 */
	@Transactional(readOnly = true)
	public AttemptReview responses(Actor teacher, long attemptId) {
		Attempt attempt = taught(teacher, attemptId);
		Assignment assignment = this.assignmentService.owned(teacher, AssignmentId.of(attempt.getAssignmentId()));
		return this.reviews.review(assignment, attempt, true);
	}

	/**
	 * Gives one answer a new mark (0 to 1) and keeps the change on record with who made
	 * it, when, the mark before and the reason. The verdict stays what grading said.
	 */
	public AttemptReview changeMark(Actor teacher, long attemptId, int position, double mark, String reason) {
		Attempt attempt = taught(teacher, attemptId);
		Assignment assignment = this.assignmentService.owned(teacher, AssignmentId.of(attempt.getAssignmentId()));
		if (!(mark >= 0 && mark <= 1)) {
			throw new ClassroomRefusal("A mark is between 0 and 1 (for example 0.5 for half a mark).");
		}
		String why = reason.strip();
		if (why.isEmpty() || why.length() > MAX_REASON) {
			throw new ClassroomRefusal(
					"Say why the mark changes, in 1 to " + MAX_REASON + " characters: the student sees it.");
		}
		AttemptItem item = this.items.findByAttemptIdOrderByPositionAsc(attemptId)
			.stream()
			.filter(i -> i.getPosition() == position)
			.findFirst()
			.orElseThrow(() -> new ClassroomRefusal("This attempt has no question " + (position + 1) + "."));
		Double before = item.getScore();
		if (Objects.equals(before, mark) || (before == null && mark == 0)) {
			throw new ClassroomRefusal("Question " + (position + 1) + " already has that mark.");
		}
		Instant now = this.clock.instant();
		this.changes.save(new MarkChange(item.getId(), teacher.userId(), before, mark, why, now));
		item.mark(mark);
		return this.reviews.review(assignment, attempt, true);
	}

	/** An attempt at one of the teacher's assignments, once it is closed. */
	private Attempt taught(Actor teacher, long attemptId) {
		ClassroomAccess.requireTeacher(teacher);
		Attempt attempt = this.attempts.findById(attemptId).orElseThrow(ClassroomAccess::noSuchAttempt);
		Assignment assignment = this.assignmentService.owned(teacher, AssignmentId.of(attempt.getAssignmentId()));
		if (!AttemptGrades.isClosed(assignment, attempt, this.clock.instant())) {
			throw new ClassroomRefusal(
					"This attempt is still in progress; its answers show here once it is submitted or its time runs out.");
		}
		return attempt;
	}

}
