package app.quarry.generation.upload;

import jakarta.annotation.security.RolesAllowed;
import app.quarry.base.Sha256;
import app.quarry.account.AccountService;
import app.quarry.corpus.CorpusFolder;
import app.quarry.corpus.CorpusService;
import app.quarry.corpus.DocumentCheck;
import app.quarry.corpus.DocumentRefusal;
import app.quarry.corpus.DocumentRefusedException;
import app.quarry.corpus.DocumentText;
import app.quarry.corpus.FileText;
import app.quarry.generation.extract.ReferenceDateFinder;
import app.quarry.generation.upload.internal.GenerationJobEntity;
import app.quarry.generation.upload.internal.GenerationJobRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A teacher adds documents: each file is checked (type, size, text, UTF-8, not already in
 * the corpus), stored with its title and date together with a generation job, and only
 * then is its generation started in the background. A bad file is refused with its name
 * and reason and the others still go in. Only teachers and admins may add.
 */
@Service
@RolesAllowed({ "TEACHER", "ADMIN" })
public class DocumentUploadService {

	/** Titles are stored in full up to this length. */
	static final int MAX_TITLE = 300;

	/** The longest file name, as generation_job.file_name holds it. */
	static final int MAX_FILE_NAME = 300;

	private final Object newDocuments = new Object();

	private final CorpusService corpus;

	private final AccountService accounts;

	private final GenerationJobRepository jobs;

	private final GenerationJobRunner runner;

	private final NewDocuments store;

	private final Clock clock;

	DocumentUploadService(CorpusService corpus, AccountService accounts, GenerationJobRepository jobs,
			GenerationJobRunner runner, NewDocuments store, Clock clock) {
		this.corpus = corpus;
		this.accounts = accounts;
		this.jobs = jobs;
		this.runner = runner;
		this.store = store;
		this.clock = clock;
	}

	/**
	 * Checks an uploaded file and proposes its title and date.
	 * @throws DocumentRefusedException naming the file and the reason
	 */
	public CheckedFile check(String fileName, byte[] bytes) throws DocumentRefusedException {
		String text = decode(fileName, bytes);
		refuseDuplicate(fileName, bytes);
		return new CheckedFile(fileName, bytes, title(fileName, text), ReferenceDateFinder.find(DocumentText.of(text)));
	}

	/**
	 * Stores each document with its generation job (one transaction each, so a document
	 * is never stored without its job) and starts the jobs.
	 */
	public UploadBatch add(List<NewDocument> documents) {
		long requestedBy = this.accounts.current()
			.orElseThrow(() -> new AccessDeniedException("Log in to add documents."))
			.id()
			.value();
		List<Long> started = new ArrayList<>();
		List<DocumentRefusal> refused = new ArrayList<>();
		for (NewDocument document : documents) {
			try {
				String text = decode(document.fileName(), document.bytes());
				refuseDuplicate(document.fileName(), document.bytes());
				String title = document.title().strip();
				if (title.isEmpty()) {
					throw refused(document.fileName(), "has no title (give it one)");
				}
				if (title.length() > MAX_TITLE) {
					throw refused(document.fileName(),
							"has a title of " + title.length() + " characters (at most " + MAX_TITLE + ")");
				}
				LocalDate today = LocalDate.now(this.clock);
				if (document.date() != null && document.date().isAfter(today.plusDays(1))) {
					throw refused(document.fileName(), "is dated " + document.date() + ", after today");
				}
				long jobId;
				// choosing a free id and storing under it must not interleave: two
				// teachers adding documents of the same title and date would otherwise
				// get one id, and the second store would replace the first document (the
				// database is embedded, so one lock in this process covers every writer;
				// it is held around the call, so it covers the commit too)
				synchronized (this.newDocuments) {
					jobId = this.store.storeShared(document, text, title, requestedBy);
				}
				started.add(jobId);
			}
			catch (DocumentRefusedException ex) {
				refused.add(ex.refusal());
			}
		}
		started.forEach(this.runner::submit);
		return new UploadBatch(started, refused);
	}

	/** The jobs with these ids, in that order; unknown ids are left out. */
	public List<GenerationJob> jobs(List<Long> ids) {
		return this.runner.jobs(ids);
	}

	/**
	 * A learner adds a document of their own (.txt, .md, .html, .pdf or .docx, or pasted
	 * text as .txt): it is stored as private to them with its generation job, and its
	 * questions become drafts in their private deck. Returns the job's id.
	 * @throws DocumentRefusedException naming the file and the reason
	 */
	@RolesAllowed({ "STUDENT", "TEACHER", "ADMIN" })
	public long addOwn(String fileName, byte[] bytes, String title) throws DocumentRefusedException {
		long owner = this.accounts.current()
			.orElseThrow(() -> new AccessDeniedException("Log in to add documents."))
			.id()
			.value();
		String text = FileText.of(fileName, bytes);
		String sha256 = sha256(bytes);
		var same = this.corpus.findOwnBySha256(sha256, owner);
		if (same.isPresent()) {
			throw refused(fileName, "is already one of your documents, as \u201c" + same.get().title() + "\u201d");
		}
		String chosen = title.isBlank() ? title(fileName, text) : title.strip();
		String shortTitle = chosen.length() > MAX_TITLE ? chosen.substring(0, MAX_TITLE) : chosen;
		long jobId = this.store.storeOwned(fileName, text, sha256, shortTitle, owner);
		this.runner.submit(jobId);
		return jobId;
	}

	/**
	 * Drops the finished generation jobs of one of the signed-in learner's documents,
	 * before the document itself is deleted.
	 * @throws IllegalStateException while a job of the document is still generating
	 */
	@RolesAllowed({ "STUDENT", "TEACHER", "ADMIN" })
	@Transactional
	public void forgetOwnJobs(String documentId) {
		long owner = this.accounts.current().orElseThrow(() -> new AccessDeniedException("Log in.")).id().value();
		List<GenerationJobEntity> done = this.jobs.findByDocumentId(documentId);
		if (done.stream().anyMatch(job -> job.getRequestedBy() != owner)) {
			throw new AccessDeniedException("Not your document: " + documentId);
		}
		if (done.stream().anyMatch(job -> !job.getStage().finished())) {
			throw new IllegalStateException("Its questions are still being generated: delete it once they are ready.");
		}
		this.jobs.deleteAllInBatch(done);
	}

	/** The signed-in learner's own jobs among these ids, in that order. */
	@RolesAllowed({ "STUDENT", "TEACHER", "ADMIN" })
	@Transactional(readOnly = true)
	public List<GenerationJob> ownJobs(List<Long> ids) {
		long owner = this.accounts.current().orElseThrow(() -> new AccessDeniedException("Log in.")).id().value();
		List<Long> own = this.jobs.findAllById(ids)
			.stream()
			.filter(job -> job.getRequestedBy() == owner)
			.map(GenerationJobEntity::getId)
			.toList();
		return this.runner.jobs(ids.stream().filter(own::contains).toList());
	}

	private String decode(String fileName, byte[] bytes) throws DocumentRefusedException {
		if (fileName.length() > MAX_FILE_NAME) {
			// the job keeps the name in a column of this size
			throw refused(fileName, "has a name of " + fileName.length() + " characters (at most " + MAX_FILE_NAME
					+ "); rename it and upload it again");
		}
		DocumentCheck.checkExtension(fileName);
		return DocumentCheck.decode(fileName, bytes);
	}

	private void refuseDuplicate(String fileName, byte[] bytes) throws DocumentRefusedException {
		var same = this.corpus.findBySha256(sha256(bytes));
		if (same.isPresent()) {
			throw refused(fileName,
					"is already in the corpus as \u201c" + same.get().title() + "\u201d (" + same.get().id() + ")");
		}
	}

	private static String title(String fileName, String text) {
		String first = CorpusFolder.firstLine(text);
		if (!first.isBlank() && first.length() <= 200) {
			return first;
		}
		return CorpusFolder.idOf(fileName).replace('_', ' ').replace('-', ' ').strip();
	}

	/**
	 * The refusal of a file cut off at the size limit; {@code size} is its length as
	 * announced by the browser, or -1 when unknown.
	 */
	public static DocumentRefusal tooLarge(String fileName, long size) {
		String bytes = size > DocumentCheck.MAX_BYTES ? size + " bytes"
				: "more than " + DocumentCheck.MAX_BYTES + " bytes";
		return new DocumentRefusal(fileName,
				"is too large (" + bytes + "; the limit is " + DocumentCheck.MAX_BYTES + " bytes, 2 MiB)");
	}

	private static DocumentRefusedException refused(String fileName, String reason) {
		return new DocumentRefusedException(new DocumentRefusal(fileName, reason));
	}

	static String sha256(byte[] bytes) {
		return Sha256.hex(bytes);
	}

}
