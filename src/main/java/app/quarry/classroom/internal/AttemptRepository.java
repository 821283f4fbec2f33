package app.quarry.classroom.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AttemptRepository extends JpaRepository<Attempt, Long> {

	List<Attempt> findByAssignmentIdAndStudentIdOrderByAttemptNumberAsc(long assignmentId, long studentId);

	List<Attempt> findByAssignmentId(long assignmentId);

	List<Attempt> findByStudentId(long studentId);

}
