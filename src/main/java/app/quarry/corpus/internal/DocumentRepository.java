package app.quarry.corpus.internal;

import org.springframework.data.jpa.repository.JpaRepository;

/** Stored documents by id. */
public interface DocumentRepository extends JpaRepository<DocumentEntity, String> {

}
