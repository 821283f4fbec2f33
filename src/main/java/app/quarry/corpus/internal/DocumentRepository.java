package app.quarry.corpus.internal;

import app.quarry.corpus.DocumentTitle;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Stored documents by id. */
public interface DocumentRepository extends JpaRepository<DocumentEntity, String> {

	java.util.Optional<DocumentEntity> findFirstBySha256(String sha256);

	@Query("select new app.quarry.corpus.DocumentTitle(d.id, d.title) from DocumentEntity d order by d.id")
	List<DocumentTitle> titles();

}
