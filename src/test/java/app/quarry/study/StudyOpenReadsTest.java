package app.quarry.study;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import app.quarry.PostgresTestDatabase;
import app.quarry.account.AccountService;
import app.quarry.account.Registration;
import app.quarry.account.SystemWork;
import app.quarry.bank.Bank;
import app.quarry.bank.BankImporter;
import app.quarry.bank.BankJson;
import app.quarry.bank.RetirementLimit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * Opening a study session reads what the learner's day needs (their cards, their answers,
 * their settings), never the bank: the bank's cards are kept in memory between openings.
 * Counted in rows the database reads, which do not vary with the machine: a bank three
 * times larger must not make an opening read a single row more. On H2, whose plans tell
 * the rows each scan read.
 */
@Tag("database")
// a database of its own: the bank it grows is no other test's
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:study-open-reads;DB_CLOSE_DELAY=-1",
		"quarry.data-dir=target/study-open-reads-data", "quarry.bank.revision-check=PT0S" })
@Import(RowsRead.class)
class StudyOpenReadsTest {

	private static final String QUESTION_COLUMNS = "type, format, prompt, answer, answer_value, accepted, options,"
			+ " quote, status, origin, edited, version, source_document, source_start, source_end, source_sentence,"
			+ " sources, created_at, updated_at, owner_id";

	@Autowired
	StudyService study;

	@Autowired
	BankImporter importer;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	@WithMockUser(username = "reads@example.org", roles = "STUDENT")
	void opening_a_session_reads_no_more_rows_with_a_bank_three_times_larger() throws IOException {
		assumeFalse(PostgresTestDatabase.enabled(), "rows read are taken from H2's query plans");
		try (InputStream in = getClass().getClassLoader().getResourceAsStream("questions/bank.json")) {
			Bank bundled = BankJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
			SystemWork.run(() -> this.importer.importBank(bundled, RetirementLimit.NONE));
		}
		long learner = this.accounts
			.register(new Registration("reads@example.org", "Reads", "correct horse battery", ZoneOffset.UTC))
			.id()
			.value();
		// a learner some way into their day: cards answered, so due and begun cards exist
		StudySession first = this.study.open(learner, StudyFilter.ALL);
		for (int i = 0; i < 8 && first.current().isPresent(); i++) {
			String answered = first.current().orElseThrow().card().questionId();
			this.study.record(learner, new ReviewToRecord(answered, Rating.GOOD, Duration.ofSeconds(5), "", true));
			first.dropCurrent();
		}
		int before = approved();
		List<RowsRead.Read> small = readsOfAnOpening(learner);

		grow(2 * before);
		int after = approved();
		List<RowsRead.Read> large = readsOfAnOpening(learner);

		System.out.printf("an opening with %d then %d approved questions: %d then %d rows read by %d queries%n", before,
				after, small.stream().mapToLong(RowsRead.Read::rows).sum(),
				large.stream().mapToLong(RowsRead.Read::rows).sum(), large.size());
		assertThat(after).isGreaterThanOrEqualTo(3 * before);
		assertThat(large).as("rows each query of an opening read, with %d approved questions then %d", before, after)
			.hasSameSizeAs(small);
		for (int i = 0; i < small.size(); i++) {
			assertThat(large.get(i).rows()).as("rows read by %s", large.get(i).sql())
				.isLessThanOrEqualTo(small.get(i).rows());
		}
	}

	/**
	 * The rows an opening reads, once the catalog holds the bank as it stands and H2 has
	 * its statistics (a running server's database has them).
	 */
	private List<RowsRead.Read> readsOfAnOpening(long learner) {
		this.jdbc.execute("ANALYZE");
		this.study.open(learner, StudyFilter.ALL);
		return RowsRead.of(() -> this.study.open(learner, StudyFilter.ALL));
	}

	private int approved() {
		Integer count = this.jdbc.queryForObject("SELECT COUNT(*) FROM question WHERE status = 'APPROVED'",
				Integer.class);
		return (count == null) ? 0 : count;
	}

	/** Copies of the approved questions under new ids, each on sentences of its own. */
	private void grow(int copies) {
		List<String> ids = this.jdbc.queryForList("SELECT id FROM question WHERE status = 'APPROVED' ORDER BY id",
				String.class);
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < copies; i++) {
			int shift = 1_000_000 * (1 + i / ids.size());
			rows.add(new Object[] { "grown-%05d".formatted(i), shift, shift, ids.get(i % ids.size()) });
		}
		String copied = QUESTION_COLUMNS.replace("source_start, source_end", "source_start + ?, source_end + ?");
		this.jdbc.batchUpdate("INSERT INTO question (id, " + QUESTION_COLUMNS + ") SELECT ?, " + copied
				+ " FROM question WHERE id = ?", rows);
		// every node's in-memory copy of the bank follows this number
		this.jdbc.update("UPDATE bank_revision SET revision = revision + 1 WHERE id = 1");
	}

}
