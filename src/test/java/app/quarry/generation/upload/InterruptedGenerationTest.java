package app.quarry.generation.upload;

import app.quarry.account.SystemWork;
import static app.quarry.generation.upload.UploadFixtures.awaitFinished;
import static app.quarry.generation.upload.UploadFixtures.freshSummitLetter;
import static app.quarry.generation.upload.UploadFixtures.logInNew;
import static org.assertj.core.api.Assertions.assertThat;

import app.quarry.account.AccountService;
import app.quarry.account.Role;
import app.quarry.bank.Bank;
import app.quarry.bank.BankJson;
import app.quarry.bank.BankImporter;
import app.quarry.bank.BankService;
import app.quarry.bank.QuestionFilter;
import app.quarry.bank.QuestionStatus;
import app.quarry.bank.StoredQuestion;
import app.quarry.corpus.BundledCorpus;
import app.quarry.corpus.CorpusDocument;
import app.quarry.corpus.CorpusService;
import app.quarry.generation.upload.internal.GenerationJobEntity;
import app.quarry.generation.upload.internal.GenerationJobRepository;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * What a server that stopped mid-generation leaves, and what the next start makes of it:
 * the stored document's job runs again to the end; a job interrupted too often is given
 * up with a message; and the start-up import of the committed corpus and bank leaves
 * added documents and their drafts alone.
 */
@Tag("database")
@UploadSpringTest
class InterruptedGenerationTest {

	@Autowired
	InterruptedJobsResumer resumer;

	@Autowired
	GenerationJobRepository jobs;

	@Autowired
	DocumentUploadService uploads;

	@Autowired
	CorpusService corpus;

	@Autowired
	BankService bank;

	@Autowired
	BankImporter importer;

	@Autowired
	AccountService accounts;

	@Autowired
	Clock clock;

	@AfterEach
	void logOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void a_job_cut_off_while_extracting_runs_again_at_start_up_and_its_drafts_arrive() throws Exception {
		logInNew(this.accounts, Role.TEACHER);
		long jobId = interruptedJob("upload-2019-02-20-cut-off", freshSummitLetter("cut off"), 1);

		this.resumer.resume();
		GenerationJob job = awaitFinished(this.uploads, List.of(jobId)).get(0);

		assertThat(job.stage()).isEqualTo(GenerationStage.DONE);
		assertThat(job.addedCount()).isPositive();
		assertThat(drafts("upload-2019-02-20-cut-off")).hasSize(job.addedCount());
		assertThat(this.jobs.findById(jobId).orElseThrow().getRuns()).isEqualTo(2);
	}

	@Test
	void a_job_interrupted_three_times_is_given_up_with_a_message_and_its_document_kept() throws Exception {
		logInNew(this.accounts, Role.TEACHER);
		long jobId = interruptedJob("upload-2019-02-20-given-up", freshSummitLetter("given up"), 3);

		this.resumer.resume();

		GenerationJob job = this.uploads.jobs(List.of(jobId)).get(0);
		assertThat(job.stage()).isEqualTo(GenerationStage.FAILED);
		assertThat(job.failure())
			.isEqualTo("Generation was interrupted 3 times and was not tried again. The document is stored.");
		assertThat(this.corpus.find("upload-2019-02-20-given-up")).isPresent();
		assertThat(drafts("upload-2019-02-20-given-up")).isEmpty();
	}

	@Test
	void the_start_up_import_of_the_committed_corpus_and_bank_leaves_added_documents_and_drafts_alone()
			throws Exception {
		logInNew(this.accounts, Role.TEACHER);
		UploadBatch batch = this.uploads.add(List.of(new NewDocument("summit-letter.md", freshSummitLetter("restart"),
				"Kept over a restart", LocalDate.of(2019, 2, 23))));
		GenerationJob job = awaitFinished(this.uploads, batch.jobIds()).get(0);
		List<StoredQuestion> before = drafts(job.documentId());

		// what the bundled bank loader does at every start
		this.corpus.store(BundledCorpus.read());
		try (InputStream in = getClass().getClassLoader().getResourceAsStream("questions/bank.json")) {
			Bank bundled = BankJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
			SystemWork.run(() -> this.importer.importBank(bundled));
		}

		assertThat(this.corpus.find(job.documentId())).isPresent();
		assertThat(drafts(job.documentId())).isEqualTo(before).isNotEmpty();
	}

	/** A stored document whose job a stopped server left in EXTRACTING after n runs. */
	private long interruptedJob(String documentId, byte[] bytes, int runs) {
		this.corpus.store(List.of(new CorpusDocument(documentId, "Interrupted", "2019-02-20", null, null,
				new String(bytes, StandardCharsets.UTF_8), DocumentUploadService.sha256(bytes))));
		GenerationJobEntity job = new GenerationJobEntity(documentId, "summit-letter.md", "Interrupted", 1,
				this.clock.instant());
		for (int i = 0; i < runs; i++) {
			job.startRun(this.clock.instant());
		}
		job.moveTo(GenerationStage.EXTRACTING, 40, this.clock.instant());
		return this.jobs.save(job).getId();
	}

	private List<StoredQuestion> drafts(String documentId) {
		return this.bank.withStatus(QuestionStatus.DRAFT, new QuestionFilter(null, null, documentId, null));
	}

}
