package app.quarry.classroom;

import app.quarry.account.LearnerId;
import app.quarry.account.Account;
import app.quarry.account.AccountService;
import app.quarry.bank.grading.Verdict;
import app.quarry.classroom.internal.Assignment;
import app.quarry.classroom.internal.Attempt;
import app.quarry.classroom.internal.AttemptItem;
import app.quarry.classroom.internal.AttemptItemRepository;
import app.quarry.classroom.internal.MarkChange;
import app.quarry.classroom.internal.MarkChangeRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Builds the answer-by-answer view of a closed attempt from its items and the mark
 * changes made to them: three queries however long the attempt.
 */
@Component
class AttemptReviews {

	private final AttemptItemRepository items;

	private final MarkChangeRepository changes;

	private final AccountService accounts;

	AttemptReviews(AttemptItemRepository items, MarkChangeRepository changes, AccountService accounts) {
		this.items = items;
		this.changes = changes;
		this.accounts = accounts;
	}

	AttemptReview review(Assignment assignment, Attempt attempt, boolean answersShown) {
		List<AttemptItem> all = this.items.findByAttemptIdOrderByPositionAsc(attempt.getId());
		Map<Long, List<MarkChange>> byItem = answersShown ? this.changes
			.findByAttemptItemIdInOrderByChangedAtAscIdAsc(all.stream().map(AttemptItem::getId).toList())
			.stream()
			.collect(Collectors.groupingBy(MarkChange::getAttemptItemId)) : Map.of();
		Map<Long, String> teachers = this.accounts.displayNames(byItem.values()
			.stream()
			.flatMap(List::stream)
			.map(MarkChange::getTeacherId)
			.collect(Collectors.toSet()));
		List<ReviewedAnswer> answers = new ArrayList<>();
		for (AttemptItem item : all) {
			List<MarkOverride> overrides = byItem.getOrDefault(item.getId(), List.of())
				.stream()
				.map(c -> new MarkOverride(c.getChangedAt(),
						teachers.getOrDefault(c.getTeacherId(), "#" + c.getTeacherId()), c.getOldScore(),
						c.getNewScore(), c.getReason()))
				.toList();
			Verdict verdict = (answersShown && item.getVerdict() != null) ? Verdict.valueOf(item.getVerdict()) : null;
			Double mark = answersShown ? ((item.getScore() != null) ? item.getScore() : Double.valueOf(0)) : null;
			answers.add(new ReviewedAnswer(item.getPosition(), item.getQuestionId(), item.getQuestionVersion(),
					item.getQuestionFormat(), item.getPrompt(), item.getOptions(), item.getResponse(), verdict,
					answersShown ? item.getAnswer() : null, mark, overrides));
		}
		Account student = this.accounts.findById(LearnerId.of(attempt.getStudentId())).orElse(null);
		Instant closedAt = AttemptGrades.closedAt(assignment, attempt);
		boolean ranOut = attempt.getSubmittedAt() == null
				|| AssignmentService.window(assignment).deadline(attempt.getStartedAt()).equals(closedAt);
		return new AttemptReview(attempt.getId(), AssignmentId.of(assignment.getId()), assignment.getTitle(),
				(student != null) ? student.displayName() : "#" + attempt.getStudentId(),
				(student != null) ? student.login() : "", attempt.getAttemptNumber(), assignment.getAttemptsAllowed(),
				attempt.getStartedAt(), closedAt, ranOut, answersShown, answers);
	}

}
