package app.quarry.corpus;

import app.quarry.account.AccountService;
import app.quarry.corpus.internal.DocumentEntity;
import app.quarry.corpus.internal.DocumentRepository;
import java.io.IOException;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stores corpus documents and reads them back. */
@Service
public class CorpusService {

	private final DocumentRepository documents;

	private final Clock clock;

	private final ObjectProvider<AccountService> accounts;

	private volatile @Nullable Map<String, String> bundledChecksums;

	CorpusService(DocumentRepository documents, Clock clock, ObjectProvider<AccountService> accounts) {
		this.documents = documents;
		this.clock = clock;
		this.accounts = accounts;
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

	/**
	 * A document for reading, as the person asking may: the corpus bundled with the app
	 * (the same id and the same bytes) is public; a document a teacher uploaded is read
	 * by signed-in people only (students study its questions and follow their source
	 * links).
	 */
	@Transactional(readOnly = true)
	public Optional<StoredDocument> read(String id) {
		return find(id).filter(document -> isBundled(document) || signedIn());
	}

	private boolean signedIn() {
		AccountService accountService = this.accounts.getIfAvailable();
		return accountService != null && accountService.current()
			.map(account -> account.enabled() && !account.roles().isEmpty())
			.orElse(false);
	}

	private boolean isBundled(StoredDocument document) {
		return document.sha256().equals(bundled().get(document.id()));
	}

	/** The bundled corpus's checksums by document id, read once. */
	private Map<String, String> bundled() {
		Map<String, String> checksums = this.bundledChecksums;
		if (checksums == null) {
			try {
				checksums = BundledCorpus.read()
					.stream()
					.collect(Collectors.toUnmodifiableMap(CorpusDocument::id, CorpusDocument::sha256, (a, b) -> a));
			}
			catch (IOException ex) {
				// no bundled corpus on the class path: nothing is public
				checksums = Map.of();
			}
			this.bundledChecksums = checksums;
		}
		return checksums;
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
