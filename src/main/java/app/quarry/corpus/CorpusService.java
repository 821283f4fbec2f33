package app.quarry.corpus;

import app.quarry.corpus.internal.DocumentEntity;
import app.quarry.corpus.internal.DocumentRepository;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stores corpus documents and reads them back. */
@Service
public class CorpusService {

	private final DocumentRepository documents;

	private final Clock clock;

	CorpusService(DocumentRepository documents, Clock clock) {
		this.documents = documents;
		this.clock = clock;
	}

	/** Inserts new documents and updates changed ones; returns how many changed. */
	@Transactional
	public int store(List<CorpusDocument> corpus) {
		int changed = 0;
		for (CorpusDocument d : corpus) {
			DocumentEntity entity = this.documents.findById(d.id())
				.orElseGet(() -> new DocumentEntity(d.id(), this.clock.instant()));
			if (entity.update(d.title(), d.published(), d.publisher(), d.author(), d.sha256(), d.text(),
					this.clock.instant())) {
				this.documents.save(entity);
				changed++;
			}
		}
		return changed;
	}

	@Transactional(readOnly = true)
	public Optional<StoredDocument> find(String id) {
		return this.documents.findById(id).map(CorpusService::stored);
	}

	/** A stored document with exactly these bytes (the SHA-256 of its file), if any. */
	@Transactional(readOnly = true)
	public Optional<StoredDocument> findBySha256(String sha256) {
		return this.documents.findFirstBySha256(sha256).map(CorpusService::stored);
	}

	/** Whether a document has this id. */
	@Transactional(readOnly = true)
	public boolean exists(String id) {
		return this.documents.existsById(id);
	}

	/**
	 * Every document's id and title, by id: what lists and filters need, without reading
	 * every document's text.
	 */
	@Transactional(readOnly = true)
	public List<DocumentTitle> titles() {
		return this.documents.titles();
	}

	/** Every document, by id. */
	@Transactional(readOnly = true)
	public List<StoredDocument> all() {
		return this.documents.findAll()
			.stream()
			.map(CorpusService::stored)
			.sorted(Comparator.comparing(StoredDocument::id))
			.toList();
	}

	private static StoredDocument stored(DocumentEntity e) {
		return new StoredDocument(e.getId(), e.getTitle(), e.getPublished(), e.getPublisher(), e.getAuthor(),
				e.getSha256(), e.getBody());
	}

}
