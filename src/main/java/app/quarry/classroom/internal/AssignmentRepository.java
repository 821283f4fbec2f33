package app.quarry.classroom.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AssignmentRepository extends JpaRepository<Assignment, Long> {

	List<Assignment> findByClassIdOrderByDueAtAsc(long classId);

	List<Assignment> findByClassIdInOrderByDueAtAsc(Collection<Long> classIds);

}
