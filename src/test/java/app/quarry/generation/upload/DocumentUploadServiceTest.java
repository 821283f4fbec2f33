package app.quarry.generation.upload;

import static app.quarry.generation.upload.UploadFixtures.awaitFinished;
import static app.quarry.generation.upload.UploadFixtures.file;
import static app.quarry.generation.upload.UploadFixtures.freshSummitLetter;
import static app.quarry.generation.upload.UploadFixtures.logInNew;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.quarry.account.AccountService;
import app.quarry.account.Role;
import app.quarry.bank.BankQuestion;
import app.quarry.bank.BankService;
import app.quarry.bank.QuestionFilter;
import app.quarry.bank.QuestionStatus;
import app.quarry.bank.StoredQuestion;
import app.quarry.corpus.BundledCorpus;
import app.quarry.corpus.CorpusService;
import app.quarry.corpus.DocumentCheck;
import app.quarry.corpus.DocumentRefusal;
import app.quarry.corpus.DocumentRefusedException;
import app.quarry.corpus.StoredDocument;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@Tag("database")
@UploadSpringTest
@RecordApplicationEvents
class DocumentUploadServiceTest {

	static final String SUMMIT_TITLE = "Kim sends Trump a third letter before the Hanoi summit";

	@Autowired
	DocumentUploadService uploads;

	@Autowired
	AccountService accounts;

	@Autowired
	CorpusService corpus;

	@Autowired
	BankService bank;

	@Autowired
	ApplicationEvents events;

	@AfterEach
	void logOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void a_checked_file_proposes_its_first_heading_as_title_and_its_dateline_as_date() throws Exception {
		logInNew(this.accounts, Role.TEACHER);

		CheckedFile checked = this.uploads.check("summit-letter.md", freshSummitLetter("check"));

		assertThat(checked.title()).isEqualTo(SUMMIT_TITLE);
		assertThat(checked.date()).isEqualTo(LocalDate.of(2019, 2, 20));
	}

	@Test
	void a_good_file_is_stored_and_its_questions_arrive_as_drafts_of_that_document_counted_by_type() throws Exception {
		logInNew(this.accounts, Role.TEACHER);
		byte[] bytes = freshSummitLetter("drafts");

		UploadBatch batch = this.uploads
			.add(List.of(new NewDocument("summit-letter.md", bytes, SUMMIT_TITLE, LocalDate.of(2019, 2, 20))));
		assertThat(batch.refused()).isEmpty();
		GenerationJob job = awaitFinished(this.uploads, batch.jobIds()).get(0);

		assertThat(job.stage()).isEqualTo(GenerationStage.DONE);
		assertThat(job.percent()).isEqualTo(100);
		assertThat(job.documentId())
			.isEqualTo("upload-2019-02-20-kim-sends-trump-a-third-letter-before-the-hanoi-summit");
		StoredDocument stored = this.corpus.find(job.documentId()).orElseThrow();
		assertThat(stored.title()).isEqualTo(SUMMIT_TITLE);
		assertThat(stored.published()).isEqualTo("2019-02-20");
		assertThat(stored.sha256()).isEqualTo(DocumentUploadService.sha256(bytes));
		assertThat(this.events.stream(DocumentAdded.class))
			.containsExactly(new DocumentAdded(job.documentId(), SUMMIT_TITLE, null));

		List<StoredQuestion> drafts = this.bank.withStatus(QuestionStatus.DRAFT,
				new QuestionFilter(null, null, job.documentId(), null));
		assertThat(drafts).hasSize(job.addedCount());
		assertThat(drafts).allSatisfy(d -> {
			assertThat(d.question().id()).startsWith("u-");
			assertThat(d.question().source().document()).isEqualTo(job.documentId());
		});
		Map<String, Integer> byTypeAndFormat = new TreeMap<>();
		drafts.forEach(d -> byTypeAndFormat.merge(d.question().type() + "/" + d.question().format(), 1, Integer::sum));
		assertThat(job.added()).isEqualTo(byTypeAndFormat);
		assertThat(byType(job.added()).keySet()).containsExactly("count", "date", "person", "quote");
		assertThat(drafts).extracting(StoredQuestion::question)
			.filteredOn(q -> q.format().equals("multiple_choice"))
			.extracting(BankQuestion::prompt, BankQuestion::answer)
			.contains(org.assertj.core.groups.Tuple.tuple("Who said: \u201cThe letters keep the dialogue alive\u201d?",
					"Moon Jae-in"));
		// Mike Pompeo is Secretary of State in a committed document too: asked once
		assertThat(job.alreadyInBank()).isPositive();
		assertThat(drafts).extracting(d -> d.question().answer()).doesNotContain("Mike Pompeo");
	}

	@Test
	void each_bad_file_is_refused_with_its_name_and_reason_and_the_good_one_is_still_added() throws Exception {
		logInNew(this.accounts, Role.TEACHER);
		int documentsBefore = this.corpus.all().size();
		byte[] oversized = new byte[DocumentCheck.MAX_BYTES + 1];
		Arrays.fill(oversized, (byte) 'a');
		byte[] committed = bundled("2018-09-10-correspondence-resumes.txt");
		LocalDate date = LocalDate.of(2019, 2, 22);

		UploadBatch batch = this.uploads.add(List.of(new NewDocument("empty.txt", file("empty.txt"), "Empty", date),
				new NewDocument("binary.md", file("binary.md"), "Minutes", date),
				new NewDocument("latin1.txt", file("latin1.txt"), "Notes", date),
				new NewDocument("letter.pdf", file("letter.pdf"), "Letter", date),
				new NewDocument("big.txt", oversized, "Big", date),
				new NewDocument("copy.txt", committed, "A copy", date),
				new NewDocument("untitled.md", freshSummitLetter("untitled"), "  ", date),
				new NewDocument("summit-letter.md", freshSummitLetter("refusals"), SUMMIT_TITLE, date)));

		assertThat(batch.refused()).extracting(DocumentRefusal::message)
			.containsExactly("empty.txt: is empty", "binary.md: is binary, not text (NUL byte at byte 8)",
					"latin1.txt: is not valid UTF-8 text (save it as UTF-8 and try again)",
					"letter.pdf: unsupported file type (only .txt and .md documents are accepted)",
					"big.txt: is too large (2097153 bytes; the limit is 2097152 bytes, 2 MiB)",
					"copy.txt: is already in the corpus as \u201cCorrespondence between Trump and Kim resumes amid "
							+ "North Korea-US deadlock\u201d (2018-09-10-correspondence-resumes)",
					"untitled.md: has no title (give it one)");
		assertThat(batch.jobIds()).hasSize(1);
		assertThat(awaitFinished(this.uploads, batch.jobIds()).get(0).stage()).isEqualTo(GenerationStage.DONE);
		assertThat(this.corpus.all()).hasSize(documentsBefore + 1);
	}

	@Test
	void the_same_file_added_twice_is_stored_once_and_reported_as_already_in_the_corpus() throws Exception {
		logInNew(this.accounts, Role.TEACHER);
		byte[] bytes = freshSummitLetter("twice");
		LocalDate date = LocalDate.of(2019, 2, 21);

		UploadBatch batch = this.uploads.add(List.of(new NewDocument("a.md", bytes, "Twice", date),
				new NewDocument("b.md", bytes, "Twice again", date)));

		assertThat(batch.jobIds()).hasSize(1);
		assertThat(batch.refused()).extracting(DocumentRefusal::message)
			.containsExactly("b.md: is already in the corpus as \u201cTwice\u201d (upload-2019-02-21-twice)");
		assertThatThrownBy(() -> this.uploads.check("c.md", bytes)).isInstanceOf(DocumentRefusedException.class)
			.hasMessage("c.md: is already in the corpus as \u201cTwice\u201d (upload-2019-02-21-twice)");
		awaitFinished(this.uploads, batch.jobIds());
	}

	@Test
	void a_student_may_not_check_or_add_documents_nor_read_jobs_and_nothing_is_stored() {
		logInNew(this.accounts, Role.STUDENT);
		int documentsBefore = this.corpus.all().size();
		byte[] bytes = freshSummitLetter("student");

		assertThatThrownBy(() -> this.uploads.check("summit-letter.md", bytes))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.uploads
			.add(List.of(new NewDocument("summit-letter.md", bytes, SUMMIT_TITLE, LocalDate.of(2019, 2, 20)))))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.uploads.jobs(List.of(1L))).isInstanceOf(AccessDeniedException.class);
		assertThat(this.corpus.all()).hasSize(documentsBefore);
	}

	private static Map<String, Integer> byType(Map<String, Integer> byTypeAndFormat) {
		Map<String, Integer> byType = new TreeMap<>();
		byTypeAndFormat.forEach((key, n) -> byType.merge(key.split("/")[0], n, Integer::sum));
		return byType;
	}

	private static byte[] bundled(String file) throws Exception {
		try (InputStream in = DocumentUploadServiceTest.class.getClassLoader()
			.getResourceAsStream(BundledCorpus.LOCATION + file)) {
			return in.readAllBytes();
		}
	}

}
