package app.quarry.generation.upload;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import app.quarry.corpus.CorpusDocument;
import app.quarry.corpus.CorpusService;
import app.quarry.generation.upload.internal.GenerationJobEntity;
import app.quarry.generation.upload.internal.GenerationJobRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores a checked document with its generation job in one transaction, so that a
 * document is never stored without its job, and announces it as {@link DocumentAdded}. A
 * bean of its own so that the upload service's calls go through the transaction.
 */
@Component
class NewDocuments {

	private final CorpusService corpus;

	private final GenerationJobRepository jobs;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	NewDocuments(CorpusService corpus, GenerationJobRepository jobs, Clock clock, ApplicationEventPublisher events) {
		this.corpus = corpus;
		this.jobs = jobs;
		this.clock = clock;
		this.events = events;
	}

	/** A document of the shared corpus; returns its job's id. */
	@Transactional
	public long storeShared(NewDocument document, String text, String title, long requestedBy) {
		String id = newId(title, document.date());
		String published = document.date() == null ? null : document.date().toString();
		this.corpus.store(List.of(new CorpusDocument(id, title, published, null, null, text,
				DocumentUploadService.sha256(document.bytes()))));
		this.events.publishEvent(new DocumentAdded(id, title, null));
		return job(id, document.fileName(), title, requestedBy);
	}

	/** A learner's private document; returns its job's id. */
	@Transactional
	public long storeOwned(String fileName, String text, String sha256, String title, long owner) {
		String id = this.corpus.storeOwned(title, null, text, sha256, owner).id();
		this.events.publishEvent(new DocumentAdded(id, title, owner));
		return job(id, fileName, title, owner);
	}

	private long job(String documentId, String fileName, String title, long requestedBy) {
		return this.jobs.save(new GenerationJobEntity(documentId, fileName, title, requestedBy, this.clock.instant()))
			.getId();
	}

	/** "upload-2018-09-10-kim-writes-again", with -2, -3 ... when taken. */
	private String newId(String title, @Nullable LocalDate date) {
		String slug = title.toLowerCase(java.util.Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("(^-+|-+$)", "");
		if (slug.length() > 60) {
			slug = slug.substring(0, 60).replaceAll("-+$", "");
		}
		String base = "upload-" + (date == null ? "undated" : date.toString()) + (slug.isEmpty() ? "" : "-" + slug);
		String id = base;
		for (int n = 2; this.corpus.exists(id); n++) {
			id = base + "-" + n;
		}
		return id;
	}

}
