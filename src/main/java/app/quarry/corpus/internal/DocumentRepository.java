package app.quarry.corpus.internal;

import app.quarry.corpus.DocumentTitle;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Stored documents by id. */
public interface DocumentRepository extends JpaRepository<DocumentEntity, String> {

	/** A shared document (no owner) with these bytes. */
	java.util.Optional<DocumentEntity> findFirstBySha256AndOwnerIdIsNull(String sha256);

	/** One of this learner's own documents with these bytes. */
	java.util.Optional<DocumentEntity> findFirstBySha256AndOwnerId(String sha256, @Nullable Long ownerId);

	/** The shared documents' titles: nobody's private documents. */
	@Query("select new app.quarry.corpus.DocumentTitle(d.id, d.title) from DocumentEntity d"
			+ " where d.ownerId is null order by d.id")
	List<DocumentTitle> titles();

	@Query("select new app.quarry.corpus.DocumentTitle(d.id, d.title) from DocumentEntity d"
			+ " where d.ownerId = :owner order by d.title, d.id")
	List<DocumentTitle> titlesOwnedBy(@org.springframework.data.repository.query.Param("owner") long ownerId);

	List<DocumentEntity> findByOwnerIdIsNull();

	List<DocumentEntity> findByOwnerId(@Nullable Long ownerId);

}
