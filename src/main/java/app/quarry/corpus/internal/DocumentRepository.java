package app.quarry.corpus.internal;

import org.springframework.data.jpa.repository.JpaRepository;

/** Stored documents by id. */
public interface DocumentRepository extends JpaRepository<DocumentEntity, String> {

	java.util.Optional<DocumentEntity> findFirstBySha256(String sha256);

}
