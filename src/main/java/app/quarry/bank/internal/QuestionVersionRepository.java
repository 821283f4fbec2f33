package app.quarry.bank.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The version history of questions; rows are only added. */
public interface QuestionVersionRepository extends JpaRepository<QuestionVersionEntity, QuestionVersionEntity.Key> {

	List<QuestionVersionEntity> findByQuestionIdOrderByVersionDesc(String questionId);

	Optional<QuestionVersionEntity> findByQuestionIdAndVersion(String questionId, int version);

	List<QuestionVersionEntity> findByQuestionIdIn(Collection<String> questionIds);

}
