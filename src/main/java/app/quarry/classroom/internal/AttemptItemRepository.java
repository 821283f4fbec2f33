package app.quarry.classroom.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AttemptItemRepository extends JpaRepository<AttemptItem, Long> {

	List<AttemptItem> findByAttemptIdOrderByPositionAsc(long attemptId);

	List<AttemptItem> findByAttemptIdIn(Collection<Long> attemptIds);

	Optional<AttemptItem> findByAttemptIdAndPosition(long attemptId, int position);

}
