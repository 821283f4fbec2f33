package app.quarry.classroom;

import app.quarry.bank.Siblings;
import app.quarry.classroom.internal.Assignment;
import app.quarry.classroom.internal.AssignmentRepository;
import app.quarry.classroom.internal.SchoolClass;
import app.quarry.classroom.internal.SchoolClassRepository;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Setting assignments (teachers, for their own classes) and listing them. */
@Service
@Transactional
public class AssignmentService {

	private final AssignmentRepository assignments;

	private final SchoolClassRepository classes;

	private final ClassService classService;

	private final QuestionCatalog catalog;

	private final Clock clock;

	AssignmentService(AssignmentRepository assignments, SchoolClassRepository classes, ClassService classService,
			QuestionCatalog catalog, ObjectProvider<Clock> clock) {
		this.assignments = assignments;
		this.classes = classes;
		this.classService = classService;
		this.catalog = catalog;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	public AssignmentSummary create(Actor teacher, AssignmentDraft draft) {
		this.classService.owned(teacher, draft.classId());
		String title = draft.title().strip();
		if (title.isEmpty() || title.length() > 200) {
			throw new ClassroomRefusal("Give the assignment a title of 1 to 200 characters.");
		}
		if (!draft.dueAt().isAfter(draft.opensAt())) {
			throw new ClassroomRefusal("The due time must be after the opening time.");
		}
		if (draft.timeLimit() != null && draft.timeLimit().compareTo(Duration.ofMinutes(1)) < 0) {
			throw new ClassroomRefusal("A time limit must be at least one minute (or none).");
		}
		if (draft.attemptsAllowed() < 1 || draft.attemptsAllowed() > 20) {
			throw new ClassroomRefusal("Allow between 1 and 20 attempts.");
		}
		List<String> pool = pool(draft);
		if (draft.drawCount() < 0 || draft.drawCount() > pool.size()) {
			throw new ClassroomRefusal(
					"Only " + pool.size() + " approved questions match; draw at most " + pool.size() + " per student.");
		}
		Integer limit = (draft.timeLimit() != null) ? (int) draft.timeLimit().toSeconds() : null;
		Assignment saved = this.assignments.save(new Assignment(draft.classId(), title, draft.opensAt(), draft.dueAt(),
				limit, draft.attemptsAllowed(), draft.drawCount(), draft.shuffleQuestions(), draft.shuffleOptions(),
				draft.reveal().name(), pool, this.clock.instant()));
		return summary(saved);
	}

	private List<String> pool(AssignmentDraft draft) {
		List<String> pool = new ArrayList<>();
		if (!draft.questionIds().isEmpty()) {
			for (String id : draft.questionIds()) {
				if (this.catalog.approved(id).isEmpty()) {
					throw new ClassroomRefusal("Question " + id
							+ " is not approved; only approved questions can be assigned. Review it first.");
				}
				if (!pool.contains(id)) {
					pool.add(id);
				}
			}
		}
		else {
			String format = blankToNull(draft.format());
			List<QuizQuestion> matching = this.catalog
				.approved(blankToNull(draft.document()), blankToNull(draft.type()), format)
				.stream()
				// a flashcard is a study card the learner rates: a quiz would ask it as
				// typed, and its answer (a role, a description) is rarely typed word for
				// word, so only a teacher who asks for flashcards by name gets them
				.filter(question -> format != null || !"flashcard".equals(question.format()))
				.toList();
			// one card per fact: its other cards (same sentence, same answer) would give
			// each other away on one quiz; a teacher who wants them hand-picks them
			Siblings.onePerFact(matching, QuizQuestion::fact).forEach(question -> pool.add(question.id()));
		}
		if (pool.isEmpty()) {
			throw new ClassroomRefusal("No approved question matches; approve some questions or change the filters.");
		}
		return pool;
	}

	/** The approved questions a teacher can hand-pick from, in id order. */
	@Transactional(readOnly = true)
	public List<QuizQuestion> approvedQuestions(Actor teacher) {
		ClassroomAccess.requireTeacher(teacher);
		return this.catalog.approved(null, null, null);
	}

	@Transactional(readOnly = true)
	public List<AssignmentSummary> forClass(Actor teacher, long classId) {
		this.classService.owned(teacher, classId);
		return this.assignments.findByClassIdOrderByDueAtAsc(classId).stream().map(this::summary).toList();
	}

	@Transactional(readOnly = true)
	public AssignmentSummary get(Actor teacher, long assignmentId) {
		return summary(owned(teacher, assignmentId));
	}

	/** The assignment, if the teacher owns its class (or is an admin). */
	Assignment owned(Actor teacher, long assignmentId) {
		ClassroomAccess.requireTeacher(teacher);
		Assignment assignment = this.assignments.findById(assignmentId).orElseThrow(ClassroomAccess::noSuchAssignment);
		SchoolClass schoolClass = this.classes.findById(assignment.getClassId()).orElseThrow();
		if (schoolClass.getTeacherId() != teacher.userId() && !teacher.admin()) {
			throw ClassroomAccess.noSuchAssignment();
		}
		return assignment;
	}

	/** The assignment, if the student is enrolled in its class. */
	Assignment visibleTo(Actor student, long assignmentId) {
		Assignment assignment = this.assignments.findById(assignmentId).orElseThrow(ClassroomAccess::noSuchAssignment);
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
		return new AssignmentSummary(a.getId(), a.getClassId(), className, a.getTitle(), window(a),
				a.getAttemptsAllowed(), (a.getDrawCount() == 0) ? pool : a.getDrawCount(), pool, a.isShuffleQuestions(),
				a.isShuffleOptions(), AnswerReveal.valueOf(a.getAnswerReveal()));
	}

	static AssignmentWindow window(Assignment a) {
		Integer seconds = a.getTimeLimitSeconds();
		return new AssignmentWindow(a.getOpensAt(), a.getDueAt(),
				(seconds != null) ? Duration.ofSeconds(seconds) : null);
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
