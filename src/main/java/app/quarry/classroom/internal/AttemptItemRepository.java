package app.quarry.classroom.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AttemptItemRepository extends JpaRepository<AttemptItem, Long> {

	List<AttemptItem> findByAttemptIdOrderByPositionAsc(long attemptId);

	List<AttemptItem> findByAttemptIdIn(Collection<Long> attemptIds);

}
