package app.quarry.classroom.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface MarkChangeRepository extends JpaRepository<MarkChange, Long> {

	List<MarkChange> findByAttemptItemIdInOrderByChangedAtAscIdAsc(Collection<Long> attemptItemIds);

	@Modifying
	@Query("delete from MarkChange m where m.attemptItemId in (select i.id from AttemptItem i where i.attemptId in"
			+ " (select a.id from Attempt a where a.assignmentId = :assignmentId))")
	int deleteByAssignmentId(@Param("assignmentId") long assignmentId);

}
