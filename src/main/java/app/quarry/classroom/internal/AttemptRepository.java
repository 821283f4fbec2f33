package app.quarry.classroom.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AttemptRepository extends JpaRepository<Attempt, Long> {

	List<Attempt> findByAssignmentIdAndStudentIdOrderByAttemptNumberAsc(long assignmentId, long studentId);

	List<Attempt> findByAssignmentId(long assignmentId);

	List<Attempt> findByStudentId(long studentId);

	@Modifying
	@Query("delete from Attempt a where a.assignmentId = :assignmentId")
	int deleteByAssignmentId(@Param("assignmentId") long assignmentId);

}
