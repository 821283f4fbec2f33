package app.quarry.classroom.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AttemptItemRepository extends JpaRepository<AttemptItem, Long> {

	List<AttemptItem> findByAttemptIdOrderByPositionAsc(long attemptId);

	List<AttemptItem> findByAttemptIdIn(Collection<Long> attemptIds);

	@Query("select new app.quarry.classroom.internal.ItemScore(i.attemptId, i.questionId, i.questionVersion, i.score)"
			+ " from AttemptItem i where i.attemptId in :attemptIds")
	List<ItemScore> scoresOf(@Param("attemptIds") Collection<Long> attemptIds);

	@Modifying
	@Query("delete from AttemptItem i where i.attemptId in (select a.id from Attempt a where a.assignmentId = :assignmentId)")
	int deleteByAssignmentId(@Param("assignmentId") long assignmentId);

}
