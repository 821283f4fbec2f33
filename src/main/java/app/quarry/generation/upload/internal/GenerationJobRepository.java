package app.quarry.generation.upload.internal;

import app.quarry.generation.upload.GenerationStage;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Generation jobs by id and by stage. */
public interface GenerationJobRepository extends JpaRepository<GenerationJobEntity, Long> {

	List<GenerationJobEntity> findByStageInOrderById(Collection<GenerationStage> stages);

	List<GenerationJobEntity> findByDocumentId(String documentId);

}
