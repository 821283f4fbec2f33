package app.quarry.corpus;

import app.quarry.base.Sha256;
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
		return find(id)
			.filter(document -> document.isPrivate() ? ownedByViewer(document) : isBundled(document) || signedIn());
	}

	/**
	 * Stores a learner's private document under a new id: {@code own-}, the owner's id
	 * and a slug of the title ({@code own-7-my-notes}, with -2, -3 ... when taken), so no
	 * two learners' ids clash.
	 */
	@Transactional
	public StoredDocument storeOwned(String title, @Nullable String published, String text, String sha256,
			long ownerId) {
		String slug = title.toLowerCase(java.util.Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("(^-+|-+$)", "");
		if (slug.length() > 60) {
			slug = slug.substring(0, 60).replaceAll("-+$", "");
		}
		String idBase = "own-" + ownerId + (slug.isEmpty() ? "" : "-" + slug);
		String id = idBase;
		for (int n = 2; this.documents.existsById(id); n++) {
			id = idBase + "-" + n;
		}
		DocumentEntity entity = new DocumentEntity(id, this.clock.instant());
		entity.update(title, published, null, null, sha256, text, this.clock.instant());
		entity.ownedBy(ownerId);
		return stored(this.documents.save(entity));
	}

	/**
	 * Adds a line to the end of a learner's private document (a card written by hand or
	 * imported) and returns where it starts, so the card can point back at it.
	 */
	@Transactional
	public int appendLine(String id, String line) {
		DocumentEntity entity = this.documents.findById(id)
			.filter(d -> d.getOwnerId() != null)
			.orElseThrow(() -> new IllegalArgumentException("There is no private document " + id + "."));
		String body = entity.getBody();
		String separated = body.isEmpty() || body.endsWith("\n") ? body : body + "\n";
		String text = separated + line.replace('\n', ' ') + "\n";
		entity.update(entity.getTitle(), entity.getPublished(), null, null, Sha256.hex(text), text,
				this.clock.instant());
		this.documents.save(entity);
		return separated.length();
	}

	/**
	 * Deletes one of the learner's private documents; whatever points at it (questions,
	 * generation jobs) must be gone first.
	 */
	@Transactional
	public void deleteOwned(String id, long ownerId) {
		DocumentEntity entity = this.documents.findById(id)
			.filter(d -> d.getOwnerId() != null && d.getOwnerId() == ownerId)
			.orElseThrow(() -> new IllegalArgumentException("There is no document " + id + " of yours."));
		this.documents.delete(entity);
		this.documents.flush();
	}

	/** A learner's own documents, by title. */
	@Transactional(readOnly = true)
	public List<DocumentTitle> ownedTitles(long ownerId) {
		return this.documents.titlesOwnedBy(ownerId);
	}

	/** One of this learner's own documents with exactly these bytes, if any. */
	@Transactional(readOnly = true)
	public Optional<StoredDocument> findOwnBySha256(String sha256, long ownerId) {
		return this.documents.findFirstBySha256AndOwnerId(sha256, ownerId).map(CorpusService::stored);
	}

	/**
	 * The documents a generation for this document reads (names and distractors come from
	 * all of them): the shared corpus, and for a private document its owner's other
	 * documents too, never anyone else's.
	 */
	@Transactional(readOnly = true)
	public List<StoredDocument> generationSet(String documentId) {
		Long owner = this.documents.findById(documentId).map(DocumentEntity::getOwnerId).orElse(null);
		List<DocumentEntity> set = new java.util.ArrayList<>(this.documents.findByOwnerIdIsNull());
		if (owner != null) {
			set.addAll(this.documents.findByOwnerId(owner));
		}
		return set.stream().map(CorpusService::stored).sorted(Comparator.comparing(StoredDocument::id)).toList();
	}

	private boolean ownedByViewer(StoredDocument document) {
		AccountService accountService = this.accounts.getIfAvailable();
		return accountService != null && accountService.current()
			.map(account -> account.enabled() && Long.valueOf(account.id().value()).equals(document.ownerId()))
			.orElse(false);
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

	/**
	 * A shared document with exactly these bytes (the SHA-256 of its file), if any;
	 * learners' private documents are not looked at.
	 */
	@Transactional(readOnly = true)
	public Optional<StoredDocument> findBySha256(String sha256) {
		return this.documents.findFirstBySha256AndOwnerIdIsNull(sha256).map(CorpusService::stored);
	}

	/** Whether a document has this id. */
	@Transactional(readOnly = true)
	public boolean exists(String id) {
		return this.documents.existsById(id);
	}

	/**
	 * Every shared document's id and title, by id: what lists and filters need, without
	 * reading every document's text. Learners' private documents are left out.
	 */
	@Transactional(readOnly = true)
	public List<DocumentTitle> titles() {
		return this.documents.titles();
	}

	/** Every shared document (no learner's private one), by id. */
	@Transactional(readOnly = true)
	public List<StoredDocument> all() {
		return this.documents.findByOwnerIdIsNull()
			.stream()
			.map(CorpusService::stored)
			.sorted(Comparator.comparing(StoredDocument::id))
			.toList();
	}

	private static StoredDocument stored(DocumentEntity e) {
		return new StoredDocument(e.getId(), e.getTitle(), e.getPublished(), e.getPublisher(), e.getAuthor(),
				e.getSha256(), e.getBody(), e.getOwnerId());
	}

}
