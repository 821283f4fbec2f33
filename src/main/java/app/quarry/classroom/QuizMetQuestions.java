package app.quarry.classroom;

import app.quarry.bank.QuestionId;
import app.quarry.account.LearnerId;
import app.quarry.bank.MetQuestions;
import app.quarry.classroom.internal.Assignment;
import app.quarry.classroom.internal.AssignmentRepository;
import app.quarry.classroom.internal.Attempt;
import app.quarry.classroom.internal.AttemptItemRepository;
import app.quarry.classroom.internal.AttemptRepository;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A student has met the questions of their closed attempts once the assignment shows
 * their answers: at once for answers shown after each answer or after submitting, only
 * from the due time for answers shown after it (so an early finisher cannot read them in
 * the bank and pass them on).
 */
@Component
class QuizMetQuestions implements MetQuestions {

	private final AttemptRepository attempts;

	private final AttemptItemRepository items;

	private final AssignmentRepository assignments;

	QuizMetQuestions(AttemptRepository attempts, AttemptItemRepository items, AssignmentRepository assignments) {
		this.attempts = attempts;
		this.items = items;
		this.assignments = assignments;
	}

	@Override
	@Transactional(readOnly = true)
	public Set<QuestionId> metBy(LearnerId learner, Instant now) {
		List<Attempt> closed = this.attempts.findByStudentId(learner.value())
			.stream()
			.filter(attempt -> attempt.getSubmittedAt() != null)
			.toList();
		if (closed.isEmpty()) {
			return Set.of();
		}
		Map<Long, Assignment> assignments = this.assignments
			.findAllById(closed.stream().map(Attempt::getAssignmentId).collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.toMap(Assignment::getId, Function.identity()));
		Set<Long> revealed = closed.stream()
			.filter(attempt -> answersShown(assignments.get(attempt.getAssignmentId()), now))
			.map(Attempt::getId)
			.collect(Collectors.toSet());
		if (revealed.isEmpty()) {
			return Set.of();
		}
		Set<QuestionId> ids = new HashSet<>();
		this.items.findByAttemptIdIn(revealed).forEach(item -> ids.add(QuestionId.of(item.getQuestionId())));
		return ids;
	}

	private static boolean answersShown(Assignment assignment, Instant now) {
		if (assignment == null) {
			return false;
		}
		return switch (AnswerReveal.valueOf(assignment.getAnswerReveal())) {
			case AFTER_EACH, AFTER_SUBMIT -> true;
			case AFTER_DUE -> !now.isBefore(assignment.getDueAt());
		};
	}

}
