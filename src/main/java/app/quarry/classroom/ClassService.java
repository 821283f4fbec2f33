package app.quarry.classroom;

import app.quarry.account.AccountService;
import app.quarry.account.RateLimit;
import app.quarry.account.RateLimiter;
import app.quarry.account.TooManyAttempts;
import app.quarry.base.ShownText;
import app.quarry.classroom.internal.Enrolment;
import app.quarry.classroom.internal.EnrolmentRepository;
import app.quarry.classroom.internal.SchoolClass;
import app.quarry.classroom.internal.SchoolClassRepository;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Classes, join codes and rosters. A teacher sees and changes only their own classes (an
 * admin any); a student joins with a code and sees only the classes they are in.
 */
@Service
@Transactional
public class ClassService {

	/**
	 * How long a join code admits students; a teacher regenerates it to extend or revoke.
	 */
	public static final Duration CODE_LIFETIME = Duration.ofDays(30);

	private final SchoolClassRepository classes;

	private final EnrolmentRepository enrolments;

	private final AccountService accounts;

	private final RateLimiter limiter;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	ClassService(SchoolClassRepository classes, EnrolmentRepository enrolments, AccountService accounts,
			RateLimiter limiter, ObjectProvider<Clock> clock) {
		this.classes = classes;
		this.enrolments = enrolments;
		this.accounts = accounts;
		this.limiter = limiter;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	public ClassSummary create(Actor teacher, String name) {
		ClassroomAccess.requireTeacher(teacher);
		String trimmed = name.strip();
		if (trimmed.isEmpty() || trimmed.length() > 200) {
			throw new ClassroomRefusal("Give the class a name of 1 to 200 characters.");
		}
		JoinCode code = freshCode();
		SchoolClass created = this.classes
			.save(new SchoolClass(teacher.userId(), trimmed, code.code(), code.expiresAt(), this.clock.instant()));
		return summary(created);
	}

	@Transactional(readOnly = true)
	public List<ClassSummary> teachersClasses(Actor teacher) {
		ClassroomAccess.requireTeacher(teacher);
		return this.classes.findByTeacherIdOrderByNameAsc(teacher.userId()).stream().map(this::summary).toList();
	}

	@Transactional(readOnly = true)
	public ClassSummary get(Actor teacher, long classId) {
		return summary(owned(teacher, classId));
	}

	public ClassSummary regenerateCode(Actor teacher, long classId) {
		SchoolClass schoolClass = owned(teacher, classId);
		JoinCode code = freshCode();
		schoolClass.setJoinCode(code.code(), code.expiresAt());
		return summary(schoolClass);
	}

	/**
	 * Joins the class with this code; joining a class twice is harmless. Refused codes
	 * count towards the student's {@link RateLimit#JOIN_CODE} limit, and while it blocks
	 * even a right code is refused, so that codes cannot be found by trying.
	 */
	public ClassSummary join(Actor student, String typedCode) {
		String subject = Long.toString(student.userId());
		try {
			this.limiter.check(RateLimit.JOIN_CODE, subject);
		}
		catch (TooManyAttempts ex) {
			throw new ClassroomRefusal(ex.getMessage());
		}
		try {
			return joinNow(student, typedCode);
		}
		catch (ClassroomRefusal ex) {
			this.limiter.record(RateLimit.JOIN_CODE, subject);
			throw ex;
		}
	}

	private ClassSummary joinNow(Actor student, String typedCode) {
		String code = JoinCode.normalise(typedCode)
			.orElseThrow(() -> new ClassroomRefusal(
					"\"" + ShownText.excerpt(typedCode, 20) + "\" is not a join code: a code has " + JoinCode.LENGTH
							+ " letters and digits, like ABCD-EFGH. Check it with your teacher."));
		SchoolClass schoolClass = this.classes.findByJoinCode(code)
			.orElseThrow(() -> new ClassroomRefusal(
					"No class has the code " + code + ". Check it with your teacher; codes change when renewed."));
		if (!this.clock.instant().isBefore(schoolClass.getJoinCodeExpiresAt())) {
			throw new ClassroomRefusal("The code " + code + " has expired. Ask your teacher for a new one.");
		}
		if (schoolClass.getTeacherId() == student.userId()) {
			throw new ClassroomRefusal("You teach this class, so you cannot join it as a student.");
		}
		if (!this.enrolments.existsByClassIdAndStudentId(schoolClass.getId(), student.userId())) {
			this.enrolments.save(new Enrolment(schoolClass.getId(), student.userId(), this.clock.instant()));
		}
		return summary(schoolClass);
	}

	@Transactional(readOnly = true)
	public List<ClassSummary> studentsClasses(Actor student) {
		return this.enrolments.findByStudentId(student.userId())
			.stream()
			.map(enrolment -> this.classes.findById(enrolment.getClassId()).orElseThrow())
			.map(this::summary)
			.toList();
	}

	@Transactional(readOnly = true)
	public List<RosterEntry> roster(Actor teacher, long classId) {
		owned(teacher, classId);
		List<Enrolment> enrolled = this.enrolments.findByClassIdOrderByJoinedAtAsc(classId);
		Map<Long, String> names = this.accounts.displayNames(enrolled.stream().map(Enrolment::getStudentId).toList());
		return enrolled.stream()
			.map(e -> new RosterEntry(e.getStudentId(), names.getOrDefault(e.getStudentId(), "#" + e.getStudentId()),
					e.getJoinedAt()))
			.toList();
	}

	public void removeStudent(Actor teacher, long classId, long studentId) {
		owned(teacher, classId);
		if (this.enrolments.deleteByClassIdAndStudentId(classId, studentId) == 0) {
			throw new ClassroomRefusal("That student is not in this class.");
		}
	}

	SchoolClass owned(Actor teacher, long classId) {
		ClassroomAccess.requireTeacher(teacher);
		SchoolClass schoolClass = this.classes.findById(classId).orElseThrow(ClassroomAccess::noSuchClass);
		if (schoolClass.getTeacherId() != teacher.userId() && !teacher.admin()) {
			throw ClassroomAccess.noSuchClass();
		}
		return schoolClass;
	}

	boolean isEnrolled(long classId, long studentId) {
		return this.enrolments.existsByClassIdAndStudentId(classId, studentId);
	}

	List<Long> enrolledClassIds(long studentId) {
		return this.enrolments.findByStudentId(studentId).stream().map(Enrolment::getClassId).toList();
	}

	List<Long> enrolledStudents(long classId) {
		return this.enrolments.findByClassIdOrderByJoinedAtAsc(classId).stream().map(Enrolment::getStudentId).toList();
	}

	private JoinCode freshCode() {
		for (int i = 0; i < 20; i++) {
			JoinCode code = JoinCode.generate(this.random, this.clock.instant().plus(CODE_LIFETIME));
			if (!this.classes.existsByJoinCode(code.code())) {
				return code;
			}
		}
		throw new IllegalStateException("no free join code after 20 tries");
	}

	private ClassSummary summary(SchoolClass c) {
		return new ClassSummary(c.getId(), c.getName(), c.getTeacherId(),
				new JoinCode(c.getJoinCode(), c.getJoinCodeExpiresAt()),
				this.enrolments.findByClassIdOrderByJoinedAtAsc(c.getId()).size());
	}

}
