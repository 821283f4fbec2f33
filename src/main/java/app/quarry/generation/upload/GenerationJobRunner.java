package app.quarry.generation.upload;

import app.quarry.account.LearnerId;
import app.quarry.bank.QuestionId;
import app.quarry.bank.Bank;
import app.quarry.bank.BankQuestion;
import app.quarry.account.SystemWork;
import app.quarry.bank.BankService;
import app.quarry.bank.PersonalBank;
import app.quarry.bank.QuestionLimits;
import app.quarry.bank.QuestionStatus;
import app.quarry.corpus.CorpusDocument;
import app.quarry.corpus.CorpusService;
import app.quarry.corpus.StoredDocument;
import app.quarry.generation.BankGeneration;
import app.quarry.generation.DocumentDrafts;
import app.quarry.generation.extract.StandardFinders;
import app.quarry.generation.upload.internal.GenerationJobEntity;
import app.quarry.generation.upload.internal.GenerationJobRepository;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.ExtensibleLockProvider;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.support.KeepAliveLockProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Runs generation jobs one at a time on a background thread (two cores, and extraction is
 * the heavy part): generates the whole stored corpus, so distractors and names come from
 * every document, keeps the questions of the job's document and adds them as drafts in
 * one transaction. Each stage is written to the job's row as it begins, so the page can
 * show it and a restart can tell an unfinished job. Running a job again adds nothing
 * twice: draft ids depend only on the document and the question.
 * <p>
 * When several nodes share the database, a job runs on the node holding its lock
 * ({@code generation-job-<id>} in ShedLock's table), kept alive while it runs: another
 * node given the same job skips it, and takes it over only once a stopped node's lock ran
 * out ({@value #LEASE_SECONDS} seconds).
 */
@Component
class GenerationJobRunner implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(GenerationJobRunner.class);

	private final GenerationJobRepository jobs;

	private final CorpusService corpus;

	private final BankService bank;

	private final PersonalBank personal;

	private final JobRows rows;

	private final Clock clock;

	static final int LEASE_SECONDS = 60;

	private final LockProvider locks;

	private final ScheduledExecutorService keepAlive = Executors.newSingleThreadScheduledExecutor(task -> {
		Thread thread = new Thread(task, "quarry-generation-lock");
		thread.setDaemon(true);
		return thread;
	});

	/** Jobs waiting or running on this node, so a resumed job is not queued twice. */
	private final Set<Long> queued = ConcurrentHashMap.newKeySet();

	private final ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
		Thread thread = new Thread(task, "quarry-generation");
		thread.setDaemon(true);
		return thread;
	});

	/** Made on first use: it loads the language models. Used by the one job thread. */
	private BankGeneration generation;

	GenerationJobRunner(GenerationJobRepository jobs, CorpusService corpus, BankService bank, PersonalBank personal,
			JobRows rows, Clock clock, ExtensibleLockProvider locks) {
		this.jobs = jobs;
		this.corpus = corpus;
		this.bank = bank;
		this.personal = personal;
		this.rows = rows;
		this.clock = clock;
		this.locks = new KeepAliveLockProvider(locks, this.keepAlive);
	}

	/** Queues a stored job, unless it waits or runs on this node already. */
	void submit(long jobId) {
		if (this.queued.add(jobId)) {
			this.executor.execute(() -> {
				try {
					run(jobId);
				}
				finally {
					this.queued.remove(jobId);
				}
			});
		}
	}

	/**
	 * Gives up on an unfinished job with the reason for the teacher, unless a node is
	 * running it; true if given up.
	 */
	boolean giveUp(long jobId, String reason) {
		Optional<SimpleLock> lock = lock(jobId);
		if (lock.isEmpty()) {
			return false;
		}
		try {
			fail(jobId, reason);
			return true;
		}
		finally {
			lock.get().unlock();
		}
	}

	/** The jobs with these ids, in that order; unknown ids are left out. */
	List<GenerationJob> jobs(List<Long> ids) {
		Map<Long, GenerationJobEntity> found = this.jobs.findAllById(ids)
			.stream()
			.collect(Collectors.toMap(GenerationJobEntity::getId, Function.identity()));
		return ids.stream().filter(found::containsKey).map(id -> job(found.get(id))).toList();
	}

	/** Jobs left unfinished by a server that stopped, oldest first. */
	List<GenerationJobEntity> unfinished() {
		return this.jobs.findByStageInOrderById(List.of(GenerationStage.STORED, GenerationStage.EXTRACTING,
				GenerationStage.GENERATING, GenerationStage.SAVING));
	}

	/** Gives up on a job, with the reason for the teacher. */
	void fail(long jobId, String reason) {
		update(jobId, job -> job.fail(reason, this.clock.instant()));
	}

	void run(long jobId) {
		Optional<SimpleLock> lock = lock(jobId);
		if (lock.isEmpty()) {
			log.debug("generation job {} runs on another node", jobId);
			return;
		}
		try {
			runLocked(jobId);
		}
		finally {
			lock.get().unlock();
		}
	}

	private Optional<SimpleLock> lock(long jobId) {
		return this.locks.lock(new LockConfiguration(ClockProvider.now(), "generation-job-" + jobId,
				Duration.ofSeconds(LEASE_SECONDS), Duration.ZERO));
	}

	private void runLocked(long jobId) {
		GenerationJobEntity started = update(jobId, job -> {
			if (!job.getStage().finished()) {
				job.startRun(this.clock.instant());
			}
		});
		if (started == null || started.getStage() != GenerationStage.EXTRACTING) {
			return;
		}
		String documentId = started.getDocumentId();
		try {
			// a learner's private document is generated beside the shared corpus and
			// their
			// own documents only: nobody else's private text may become a distractor
			List<CorpusDocument> documents = this.corpus.generationSet(documentId)
				.stream()
				.map(GenerationJobRunner::document)
				.toList();
			Long owner = this.corpus.find(documentId).map(StoredDocument::ownerId).orElse(null);
			int[] shown = { 0 };
			Bank generated = generation().generate(documents, stage -> {
			}, (done, total) -> {
				int percent = 5 + 75 * done / total;
				if (percent != shown[0]) {
					shown[0] = percent;
					GenerationStage stage = done < total ? GenerationStage.EXTRACTING : GenerationStage.GENERATING;
					moveTo(jobId, stage, percent);
				}
			});
			moveTo(jobId, GenerationStage.SAVING, 90);
			List<BankQuestion> drafts = new ArrayList<>();
			int alreadyInBank = 0;
			for (DocumentDrafts.Draft draft : DocumentDrafts.of(generated, documentId)) {
				// a learner's deck holds every question of their document, asked in the
				// shared bank or not
				boolean asked = owner == null && this.bank.find(QuestionId.of(draft.bankId()))
					.filter(q -> q.status() != QuestionStatus.RETIRED)
					.isPresent();
				if (asked) {
					alreadyInBank++;
				}
				else if (QuestionLimits.problems(draft.question()).isEmpty()) {
					drafts.add(draft.question());
				}
				else {
					// a sentence longer than the bank holds: that one question is left
					// out,
					// not the whole document's
					log.warn("a question from document {} does not fit the bank and is left out: {}", documentId,
							QuestionLimits.problems(draft.question()));
				}
			}
			if (owner == null) {
				// a job may run after a restart, long after its teacher's request
				SystemWork.run(() -> this.bank.addDrafts(drafts));
			}
			else {
				this.personal.add(LearnerId.of(owner), drafts, QuestionStatus.DRAFT);
			}
			Map<String, Integer> added = new TreeMap<>();
			drafts.forEach(q -> added.merge(q.type() + "/" + q.format(), 1, Integer::sum));
			int already = alreadyInBank;
			update(jobId, job -> job.finish(added, already, this.clock.instant()));
			log.info("generated {} drafts for document {} ({} already in the bank)", drafts.size(), documentId,
					already);
		}
		catch (RuntimeException | LinkageError | OutOfMemoryError ex) {
			log.error("generation for document {} (job {}) failed", documentId, jobId, ex);
			fail(jobId, "Generation stopped on an internal error (" + ex.getClass().getSimpleName()
					+ "). The document is stored; an administrator can find the details in the log.");
		}
	}

	private synchronized BankGeneration generation() {
		if (this.generation == null) {
			this.generation = new BankGeneration(StandardFinders.extractor());
		}
		return this.generation;
	}

	private void moveTo(long jobId, GenerationStage stage, int percent) {
		update(jobId, job -> job.moveTo(stage, percent, this.clock.instant()));
	}

	private GenerationJobEntity update(long jobId, java.util.function.Consumer<GenerationJobEntity> change) {
		return this.rows.change(jobId, change);
	}

	private GenerationJob job(GenerationJobEntity e) {
		return new GenerationJob(e.getId(), e.getDocumentId(), e.getTitle(), e.getFileName(), e.getStage(),
				e.getPercent(), e.added(), e.getAlreadyInBank(), e.getFailure());
	}

	private static CorpusDocument document(StoredDocument d) {
		return new CorpusDocument(d.id(), d.title(), d.published(), d.publisher(), d.author(), d.text(), d.sha256());
	}

	@Override
	public void destroy() {
		// a job cut short keeps its stage and runs again on the next start
		this.executor.shutdownNow();
		this.keepAlive.shutdownNow();
	}

}
