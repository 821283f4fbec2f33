package app.quarry.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.quarry.corpus.CorpusDocument;
import app.quarry.corpus.CorpusService;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** The bank import on a real H2 database with the Flyway schema. */
@Tag("database")
@DataJpaTest(properties = "spring.flyway.enabled=true")
@Import({ BankService.class, BankImporter.class, BankRevision.class, CorpusService.class,
		BankImportTest.FixedClock.class })
class BankImportTest {

	@TestConfiguration
	static class FixedClock {

		@Bean
		Clock clock() {
			return Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
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
	BankRevision revision;

	static BankQuestion question(String id, String prompt) {
		return new BankQuestion(id, "date", "typed", prompt, "May 1, 2018", "2018-05-01", List.of("May 1, 2018"),
				List.of(), null, SOURCE, List.of(SOURCE));
	}

	@BeforeEach
	void storeDocument() {
		this.corpus.store(List.of(new CorpusDocument("doc", "Doc", "2018-05", null, null, TEXT, "a".repeat(64))));
	}

	@Test
	void a_new_bank_is_added_as_approved_questions() {
		BankImport result = this.importer.importBank(new Bank(List.of(), List.of(question("q-1", "When?"))));
		assertThat(result).isEqualTo(new BankImport(1, 0, 0, 0));
		StoredQuestion stored = this.bank.find(QuestionId.of("q-1")).orElseThrow();
		assertThat(stored.status()).isEqualTo(QuestionStatus.APPROVED);
		assertThat(stored.question()).isEqualTo(question("q-1", "When?"));
	}

	@Test
	void importing_the_same_bank_twice_changes_nothing() {
		Bank bank = new Bank(List.of(), List.of(question("q-1", "When?"), question("q-2", "On what date?")));
		this.importer.importBank(bank);
		int version = this.bank.find(QuestionId.of("q-1")).orElseThrow().version();
		assertThat(this.importer.importBank(bank)).isEqualTo(new BankImport(0, 0, 0, 2));
		assertThat(this.bank.find(QuestionId.of("q-1")).orElseThrow().version()).isEqualTo(version);
	}

	@Test
	void a_changed_question_is_updated_in_place() {
		this.importer.importBank(new Bank(List.of(), List.of(question("q-1", "When?"))));
		BankImport result = this.importer.importBank(new Bank(List.of(), List.of(question("q-1", "When exactly?"))));
		assertThat(result).isEqualTo(new BankImport(0, 1, 0, 0));
		assertThat(this.bank.find(QuestionId.of("q-1")).orElseThrow().question().prompt()).isEqualTo("When exactly?");
	}

	static List<BankQuestion> questions(int count) {
		return java.util.stream.IntStream.rangeClosed(1, count)
			.mapToObj(i -> question("q-" + i, "When " + i + "?"))
			.toList();
	}

	@Test
	void a_question_gone_from_the_bank_is_retired_not_deleted() {
		this.importer.importBank(new Bank(List.of(), questions(5)));
		BankImport result = this.importer.importBank(new Bank(List.of(), questions(4)));
		assertThat(result).isEqualTo(new BankImport(0, 0, 1, 4));
		assertThat(this.bank.find(QuestionId.of("q-5")).orElseThrow().status()).isEqualTo(QuestionStatus.RETIRED);
		assertThat(this.bank.count(QuestionFilter.ANY)).isEqualTo(4);
	}

	@Test
	void a_bank_with_one_prompt_over_the_limit_is_refused_whole_naming_the_question_and_field() {
		this.importer.importBank(new Bank(List.of(), List.of(question("q-1", "When?"))));
		Bank bad = new Bank(List.of(),
				List.of(question("q-1", "When exactly?"), question("q-2", "x".repeat(QuestionLimits.PROMPT + 1))));

		assertThatThrownBy(() -> this.importer.importBank(bad)).isInstanceOf(BankFormatException.class)
			.hasMessageContaining("questions[1] (q-2) prompt: must be at most 4000 characters (it has 4001)");
		assertThat(this.bank.find(QuestionId.of("q-1")).orElseThrow().question().prompt()).isEqualTo("When?");
		assertThat(this.bank.find(QuestionId.of("q-2"))).isEmpty();
	}

	@Test
	void a_bank_whose_source_document_is_not_in_the_corpus_is_refused() {
		Source elsewhere = new Source("missing-doc", 0, 5, "Text.");
		BankQuestion q = new BankQuestion("q-9", "date", "typed", "When?", "May 1, 2018", "2018-05-01",
				List.of("May 1, 2018"), List.of(), null, elsewhere, List.of(elsewhere));

		assertThatThrownBy(() -> this.importer.importBank(new Bank(List.of(), List.of(q))))
			.hasMessageContaining("questions[0] (q-9) source.document: no document \"missing-doc\" in the corpus");
		assertThat(this.bank.find(QuestionId.of("q-9"))).isEmpty();
	}

	@Test
	void an_empty_question_list_is_refused_and_retires_nothing() {
		this.importer.importBank(new Bank(List.of(), questions(5)));

		assertThatThrownBy(() -> this.importer.importBank(new Bank(List.of(), List.of())))
			.isInstanceOf(BankRefusedException.class)
			.hasMessageContaining("would retire 5 of the 5 current generated questions")
			.hasMessageContaining("quarry.bank.allow-mass-retirement=true");
		assertThat(this.bank.count(QuestionFilter.ANY)).isEqualTo(5);
	}

	@Test
	void retiring_more_than_a_fifth_needs_an_explicit_allowance() {
		this.importer.importBank(new Bank(List.of(), questions(10)));

		assertThatThrownBy(() -> this.importer.importBank(new Bank(List.of(), questions(7))))
			.isInstanceOf(BankRefusedException.class);
		assertThat(this.importer.importBank(new Bank(List.of(), questions(7)), RetirementLimit.NONE).retired())
			.isEqualTo(3);
		assertThat(this.bank.count(QuestionFilter.ANY)).isEqualTo(7);
	}

	@Test
	void the_search_filters_by_format_and_text() {
		this.importer.importBank(
				new Bank(List.of(), List.of(question("q-1", "When did it come?"), question("q-2", "Which day?"))));
		assertThat(this.bank.search(new QuestionFilter("date", "typed", "doc", "COME"), 0, 10))
			.extracting(q -> q.question().id())
			.containsExactly("q-1");
		assertThat(this.bank.count(new QuestionFilter(null, "cloze", null, null))).isZero();
	}

	@Test
	void the_search_shows_learners_approved_questions_only_not_drafts_awaiting_review() {
		this.importer.importBank(new Bank(List.of(), List.of(question("q-1", "When?"))));
		this.bank.addDrafts(List.of(question("u-1", "When did it come?")));

		assertThat(this.bank.search(QuestionFilter.ANY, 0, 10)).extracting(q -> q.question().id())
			.containsExactly("q-1");
		assertThat(this.bank.count(QuestionFilter.ANY)).isEqualTo(1);
		assertThat(this.bank.find(QuestionId.of("u-1")).orElseThrow().status()).isEqualTo(QuestionStatus.DRAFT);
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void at_start_up_a_bank_with_an_overlong_prompt_or_no_questions_is_logged_and_the_app_goes_on(CapturedOutput log) {
		this.importer.importBank(new Bank(List.of(), questions(5)));
		BundledBankImport loader = new BundledBankImport(this.corpus, this.importer, this.revision);
		String overlong = BankJson.write(new Bank(List.of(), List.of(question("q-1", "p".repeat(4500)))));

		loader.load(overlong, 0);
		loader.load("{\"format\": \"quarry-bank/1\", \"documents\": [], \"questions\": []}", 0);

		assertThat(log.getOut()).contains("ERROR", "questions[0] (q-1) prompt: must be at most 4000 characters",
				"would retire 5 of the 5 current generated questions");
		assertThat(this.bank.count(QuestionFilter.ANY)).isEqualTo(5);
		assertThat(this.bank.find(QuestionId.of("q-1")).orElseThrow().question().prompt()).isEqualTo("When 1?");
	}

}
