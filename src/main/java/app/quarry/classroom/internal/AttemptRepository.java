package app.quarry.classroom.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AttemptRepository extends JpaRepository<Attempt, Long> {

	List<Attempt> findByAssignmentIdAndStudentIdOrderByAttemptNumberAsc(long assignmentId, long studentId);

	List<Attempt> findByAssignmentId(long assignmentId);

	List<Attempt> findByStudentId(long studentId);

	/**
	 * Every attempt at the assignment with its items' scores, in one query: the results
	 * grid and the grades CSV read nothing else per student.
	 */
	@Query("select new app.quarry.classroom.internal.GridCell(a.id, a.studentId, a.attemptNumber, a.startedAt,"
			+ " a.submittedAt, i.questionId, i.questionVersion, i.score) from Attempt a left join AttemptItem i"
			+ " on i.attemptId = a.id where a.assignmentId = :assignmentId")
	List<GridCell> gridOf(@Param("assignmentId") long assignmentId);

	/**
	 * The attempt and whether its student is still in the assignment's class, in one
	 * query: every saved answer checks both.
	 */
	@Query("select new app.quarry.classroom.internal.AttemptAccess(a, case when exists (select e.id from Enrolment e,"
			+ " Assignment s where s.id = a.assignmentId and e.classId = s.classId and e.studentId = a.studentId)"
			+ " then true else false end) from Attempt a where a.id = :id")
	Optional<AttemptAccess> findWithEnrolment(@Param("id") long id);

	@Modifying
	@Query("delete from Attempt a where a.assignmentId = :assignmentId")
	int deleteByAssignmentId(@Param("assignmentId") long assignmentId);

}
