package app.quarry.bank;

import app.quarry.account.LearnerId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.quarry.base.MovableClock;
import app.quarry.corpus.CorpusDocument;
import app.quarry.corpus.CorpusService;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/** The version history of questions on a real H2 database with the Flyway schema. */
@Tag("database")
@DataJpaTest(properties = "spring.flyway.enabled=true")
@Import({ BankService.class, BankImporter.class, BankRevision.class, CorpusService.class,
		QuestionVersionsTest.Clocks.class })
class QuestionVersionsTest {

	static final Instant START = Instant.parse("2026-11-23T08:00:00Z");

	@TestConfiguration
	static class Clocks {

		@Bean
		MovableClock clock() {
			return new MovableClock(START);
		}

	}

	static final String TEXT = "Intro. The letter came on May 1, 2018. End.";

	static final Source SOURCE = new Source("doc", 7, 38, "The letter came on May 1, 2018.");

	@Autowired
	BankService bank;

	@Autowired
	BankImporter importer;

	@Autowired
	CorpusService corpus;

	@Autowired
	MovableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestEntityManager entities;

	static BankQuestion question(String id, String prompt) {
		return new BankQuestion(id, "date", "typed", prompt, "May 1, 2018", "2018-05-01", List.of("May 1, 2018"),
				List.of(), null, SOURCE, List.of(SOURCE));
	}

	@BeforeEach
	void storeDocument() {
		this.clock.set(START);
		this.corpus.store(List.of(new CorpusDocument("doc", "Doc", "2018-05", null, null, TEXT, "a".repeat(64))));
	}

	@Test
	void an_imported_question_starts_at_version_1_with_its_row_in_the_history() {
		this.importer.importBank(new Bank(List.of(), List.of(question("q-1", "When?"))));
		assertThat(this.bank.find(QuestionId.of("q-1")).orElseThrow().version()).isEqualTo(1);
		assertThat(this.bank.history(QuestionId.of("q-1"))).singleElement().satisfies(v -> {
			assertThat(v.version()).isEqualTo(1);
			assertThat(v.prompt()).isEqualTo("When?");
			assertThat(v.accepted()).containsExactly("May 1, 2018");
			assertThat(v.createdAt()).isEqualTo(START);
			assertThat(v.editedBy()).isNull();
		});
	}

	@Test
	void editing_creates_version_2_and_version_1_stays_readable() {
		this.importer.importBank(new Bank(List.of(), List.of(question("q-1", "When?"))));
		this.clock.advance(Duration.ofHours(1));
		StoredQuestion edited = this.bank.edit(QuestionId.of("q-1"), 1, LearnerId.of(42L),
				"On what date did the letter come?", "1 May 2018", List.of("1 May 2018", "May 1"), List.of());
		assertThat(edited.version()).isEqualTo(2);
		assertThat(this.bank.find(QuestionId.of("q-1")).orElseThrow().question().prompt())
			.isEqualTo("On what date did the letter come?");
		QuestionVersion first = this.bank.version(QuestionId.of("q-1"), 1).orElseThrow();
		assertThat(first.prompt()).isEqualTo("When?");
		assertThat(first.answer()).isEqualTo("May 1, 2018");
		assertThat(first.accepted()).containsExactly("May 1, 2018");
		QuestionVersion second = this.bank.version(QuestionId.of("q-1"), 2).orElseThrow();
		assertThat(second.answer()).isEqualTo("1 May 2018");
		assertThat(second.accepted()).containsExactly("1 May 2018", "May 1");
		assertThat(second.createdAt()).isEqualTo(START.plus(Duration.ofHours(1)));
		assertThat(second.editedBy()).isEqualTo(42L);
		assertThat(second.changedSince(first)).containsExactly("prompt", "answer", "accepted");
		assertThat(this.bank.history(QuestionId.of("q-1"))).extracting(QuestionVersion::version).containsExactly(2, 1);
	}

	@Test
	void an_edited_answer_is_graded_by_its_own_value_and_a_rewording_keeps_the_value() {
		this.importer.importBank(new Bank(List.of(), List.of(question("q-1", "When?"))));

		this.bank.edit(QuestionId.of("q-1"), 1, "When?", "1 May 2018", List.of(), List.of());
		assertThat(this.bank.find(QuestionId.of("q-1")).orElseThrow().question().value()).isEqualTo("2018-05-01");

		this.bank.edit(QuestionId.of("q-1"), 2, "When?", "May 2, 2018", List.of(), List.of());
		assertThat(this.bank.find(QuestionId.of("q-1")).orElseThrow().question().value()).isEqualTo("2018-05-02");
	}

	@Test
	void an_edit_based_on_an_old_version_is_refused_and_adds_no_version() {
		this.importer.importBank(new Bank(List.of(), List.of(question("q-1", "When?"))));
		this.bank.edit(QuestionId.of("q-1"), 1, "First edit?", "May 1, 2018", List.of(), List.of());
		assertThatThrownBy(
				() -> this.bank.edit(QuestionId.of("q-1"), 1, "Second edit?", "May 1, 2018", List.of(), List.of()))
			.isInstanceOf(IllegalStateException.class)
			.hasMessage("Question q-1 was changed by someone else (now version 2); reload it and edit again.");
		assertThat(this.bank.history(QuestionId.of("q-1"))).extracting(QuestionVersion::prompt)
			.containsExactly("First edit?", "When?");
	}

	@Test
	void importing_a_changed_generated_question_adds_a_version() {
		this.importer.importBank(new Bank(List.of(), List.of(question("q-1", "When?"))));
		this.clock.advance(Duration.ofDays(1));
		this.importer.importBank(new Bank(List.of(), List.of(question("q-1", "When exactly?"))));
		assertThat(this.bank.find(QuestionId.of("q-1")).orElseThrow().version()).isEqualTo(2);
		assertThat(this.bank.history(QuestionId.of("q-1")))
			.extracting(v -> v.version() + " " + v.prompt() + " " + v.createdAt())
			.containsExactly("2 When exactly? 2026-11-24T08:00:00Z", "1 When? 2026-11-23T08:00:00Z");
	}

	@Test
	void approving_retiring_or_importing_the_same_bank_again_adds_no_version() {
		Bank bank = new Bank(List.of(), List.of(question("q-1", "When?")));
		this.importer.importBank(bank);
		this.importer.importBank(bank);
		this.bank.review(QuestionId.of("q-1"), QuestionStatus.RETIRED);
		this.bank.review(QuestionId.of("q-1"), QuestionStatus.APPROVED);
		assertThat(this.bank.find(QuestionId.of("q-1")).orElseThrow().version()).isEqualTo(1);
		assertThat(this.bank.history(QuestionId.of("q-1"))).hasSize(1);
	}

	@Test
	void a_change_of_sources_alone_updates_the_question_without_a_new_version() {
		this.importer.importBank(new Bank(List.of(), List.of(question("q-1", "When?"))));
		Source other = new Source("doc", 0, 6, "Intro.");
		BankImport result = this.importer
			.importBank(new Bank(List.of(), List.of(question("q-1", "When?").withSource(other))));
		assertThat(result.updated()).isEqualTo(1);
		assertThat(this.bank.find(QuestionId.of("q-1")).orElseThrow().question().sources()).containsExactly(SOURCE,
				other);
		assertThat(this.bank.find(QuestionId.of("q-1")).orElseThrow().version()).isEqualTo(1);
	}

	@Test
	void a_draft_added_by_a_teacher_starts_its_history_at_version_1() {
		this.bank.addDrafts(List.of(question("t-1", "Which day?")));
		assertThat(this.bank.history(QuestionId.of("t-1"))).extracting(v -> v.version() + " " + v.prompt())
			.containsExactly("1 Which day?");
	}

	@Test
	void every_question_has_its_current_version_in_the_history() {
		this.importer.importBank(new Bank(List.of(), List.of(question("q-1", "When?"), question("q-2", "Which day?"))));
		this.bank.edit(QuestionId.of("q-2"), 1, "Which day exactly?", "May 1, 2018", List.of(), List.of());
		this.bank.addDrafts(List.of(question("t-1", "What date?")));
		this.entities.flush();
		Integer missing = this.jdbc.queryForObject(
				"select count(*) from question q where not exists "
						+ "(select 1 from question_version v where v.question_id = q.id and v.version = q.version)",
				Integer.class);
		assertThat(missing).isZero();
		assertThat(this.bank.currentVersions(List.of("q-1", "q-2", "nope"))).containsOnly(java.util.Map.entry("q-1", 1),
				java.util.Map.entry("q-2", 2));
	}

}
