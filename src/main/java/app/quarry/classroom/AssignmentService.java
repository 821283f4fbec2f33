package app.quarry.classroom;

import app.quarry.classroom.internal.Assignment;
import app.quarry.classroom.internal.AssignmentRepository;
import app.quarry.classroom.internal.AttemptItemRepository;
import app.quarry.classroom.internal.AttemptRepository;
import app.quarry.classroom.internal.MarkChangeRepository;
import app.quarry.classroom.internal.SchoolClass;
import app.quarry.classroom.internal.SchoolClassRepository;
import app.quarry.classroom.results.GradingPolicy;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Setting assignments (teachers, for their own classes), listing them, editing them
 * before they open and deleting them.
 */
@Service
@Transactional
public class AssignmentService {

	private final AssignmentRepository assignments;

	private final SchoolClassRepository classes;

	private final ClassService classService;

	private final QuestionCatalog catalog;

	private final AssignmentRules rules;

	private final AttemptRepository attempts;

	private final AttemptItemRepository items;

	private final MarkChangeRepository markChanges;

	private final Clock clock;

	@SuppressWarnings("checkstyle:ParameterNumber")
	AssignmentService(AssignmentRepository assignments, SchoolClassRepository classes, ClassService classService,
			QuestionCatalog catalog, AttemptRepository attempts, AttemptItemRepository items,
			MarkChangeRepository markChanges, AssignmentRules rules, ObjectProvider<Clock> clock) {
		this.rules = rules;
		this.attempts = attempts;
		this.items = items;
		this.markChanges = markChanges;
		this.assignments = assignments;
		this.classes = classes;
		this.classService = classService;
		this.catalog = catalog;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	public AssignmentSummary create(Actor teacher, AssignmentDraft draft) {
		this.classService.owned(teacher, draft.classId());
		List<String> pool = this.rules.pool(draft);
		Assignment assignment = new Assignment(draft.classId(), draft.title().strip(), draft.opensAt(), draft.dueAt(),
				limitSeconds(draft), draft.attemptsAllowed(), draft.drawCount(), draft.shuffleQuestions(),
				draft.shuffleOptions(), draft.reveal().name(), pool, this.clock.instant());
		assignment.setGradingPolicy(draft.grading().name());
		return summary(this.assignments.save(assignment));
	}

	/**
	 * Changes every setting and the questions, while the assignment has not opened: until
	 * then no student can have seen it. The draft's class is ignored.
	 */
	public AssignmentSummary update(Actor teacher, AssignmentId assignmentId, AssignmentDraft draft) {
		Assignment assignment = owned(teacher, assignmentId);
		refuseIfOpened(assignment, teacher);
		List<String> pool = this.rules.pool(draft);
		assignment.change(draft.title().strip(), draft.opensAt(), draft.dueAt(), limitSeconds(draft),
				draft.attemptsAllowed(), draft.grading().name(), draft.drawCount(), draft.shuffleQuestions(),
				draft.shuffleOptions(), draft.reveal().name(), pool);
		return summary(assignment);
	}

	/**
	 * Deletes the assignment with every attempt at it and every mark change; the reviews
	 * the attempts gave the students' cards stay, as study history.
	 */
	public void delete(Actor teacher, AssignmentId assignmentId) {
		Assignment assignment = owned(teacher, assignmentId);
		this.markChanges.deleteByAssignmentId(assignmentId.value());
		this.items.deleteByAssignmentId(assignmentId.value());
		this.attempts.deleteByAssignmentId(assignmentId.value());
		this.assignments.delete(assignment);
	}

	/** The assignment's settings and questions, for its teacher. */
	@Transactional(readOnly = true)
	public AssignmentDetails details(Actor teacher, AssignmentId assignmentId) {
		Assignment assignment = owned(teacher, assignmentId);
		List<String> pool = assignment.getPool();
		Map<String, QuizQuestion> approved = this.catalog.approved(pool);
		List<AssignedQuestion> questions = new ArrayList<>();
		for (int i = 0; i < pool.size(); i++) {
			questions.add(new AssignedQuestion(i + 1, pool.get(i), approved.get(pool.get(i))));
		}
		return new AssignmentDetails(summary(assignment), questions,
				this.clock.instant().isBefore(assignment.getOpensAt()),
				this.attempts.findByAssignmentId(assignmentId.value()).size());
	}

	private void refuseIfOpened(Assignment assignment, Actor teacher) {
		if (!this.clock.instant().isBefore(assignment.getOpensAt())) {
			throw new ClassroomRefusal(
					"This assignment opened at " + QuizTimes.format(assignment.getOpensAt(), teacher.zone())
							+ ", so students may have seen it and it can no longer be edited."
							+ " Delete it and set a new one instead.");
		}
	}

	private static @Nullable Integer limitSeconds(AssignmentDraft draft) {
		return (draft.timeLimit() != null) ? (int) draft.timeLimit().toSeconds() : null;
	}

	@Transactional(readOnly = true)
	public List<AssignmentSummary> forClass(Actor teacher, long classId) {
		this.classService.owned(teacher, classId);
		return this.assignments.findByClassIdOrderByDueAtAsc(classId).stream().map(this::summary).toList();
	}

	@Transactional(readOnly = true)
	public AssignmentSummary get(Actor teacher, AssignmentId assignmentId) {
		return summary(owned(teacher, assignmentId));
	}

	/** The assignment, if the teacher owns its class (or is an admin). */
	Assignment owned(Actor teacher, AssignmentId assignmentId) {
		ClassroomAccess.requireTeacher(teacher);
		Assignment assignment = this.assignments.findById(assignmentId.value())
			.orElseThrow(ClassroomAccess::noSuchAssignment);
		SchoolClass schoolClass = this.classes.findById(assignment.getClassId()).orElseThrow();
		if (schoolClass.getTeacherId() != teacher.userId() && !teacher.admin()) {
			throw ClassroomAccess.noSuchAssignment();
		}
		return assignment;
	}

	/** The assignment, if the student is enrolled in its class. */
	Assignment visibleTo(Actor student, AssignmentId assignmentId) {
		Assignment assignment = this.assignments.findById(assignmentId.value())
			.orElseThrow(ClassroomAccess::noSuchAssignment);
		if (!this.classService.isEnrolled(assignment.getClassId(), student.userId())) {
			throw ClassroomAccess.noSuchAssignment();
		}
		return assignment;
	}

	/** Assignments of every class the student is enrolled in, soonest due first. */
	List<Assignment> enrolledAssignments(Actor student) {
		List<Long> classIds = this.classService.enrolledClassIds(student.userId());
		return classIds.isEmpty() ? List.of() : this.assignments.findByClassIdInOrderByDueAtAsc(classIds);
	}

	AssignmentSummary summary(Assignment a) {
		String className = this.classes.findById(a.getClassId()).map(SchoolClass::getName).orElse("");
		int pool = a.getPool().size();
		return new AssignmentSummary(AssignmentId.of(a.getId()), a.getClassId(), className, a.getTitle(), window(a),
				a.getAttemptsAllowed(), (a.getDrawCount() == 0) ? pool : a.getDrawCount(), pool, a.isShuffleQuestions(),
				a.isShuffleOptions(), AnswerReveal.valueOf(a.getAnswerReveal()),
				GradingPolicy.valueOf(a.getGradingPolicy()));
	}

	static AssignmentWindow window(Assignment a) {
		Integer seconds = a.getTimeLimitSeconds();
		return new AssignmentWindow(a.getOpensAt(), a.getDueAt(),
				(seconds != null) ? Duration.ofSeconds(seconds) : null);
	}

}
