package app.quarry.generation;

import static org.assertj.core.api.Assertions.assertThat;

import app.quarry.bank.Bank;
import app.quarry.bank.BankJson;
import app.quarry.bank.BankQuestion;
import app.quarry.bank.Source;
import app.quarry.cli.GenerateCommandAccess;
import app.quarry.corpus.CorpusDocument;
import app.quarry.corpus.CorpusFolder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Properties every question generated from the committed corpus must have. */
class GeneratedBankTest {

	static final Path CORPUS = Path.of("questions/corpus");

	static final Path COMMITTED = Path.of("questions/bank.json");

	static List<CorpusDocument> documents;

	static Bank bank;

	@BeforeAll
	static void generate() throws IOException {
		documents = CorpusFolder.load(CORPUS).documents();
		bank = new BankGeneration(GenerateCommandAccess.extractor()).generate(documents);
	}

	@Test
	void the_corpus_gives_questions_of_every_main_type() {
		assertThat(bank.questions()).extracting(BankQuestion::type).contains("date", "count", "quote", "person");
	}

	@Test
	void no_prompt_contains_its_answer_or_its_value() {
		assertThat(bank.questions()).allSatisfy(q -> {
			assertThat((" " + q.prompt() + " ").toLowerCase()).as(q.id())
				.doesNotContainPattern("(?i)\\W" + java.util.regex.Pattern.quote(q.answer().toLowerCase()) + "\\W");
			// a day of the month ("on April 1") names a day: it gives no count away
			String checked = q.type().equals("count") ? DaysOfMonth.aside(q.prompt()) : q.prompt();
			assertThat(Prose.mentions(checked, q.value())).as(q.id() + " " + q.prompt()).isFalse();
		});
	}

	@Test
	void options_are_distinct_contain_the_answer_and_number_four_for_multiple_choice() {
		assertThat(bank.questions()).allSatisfy(q -> {
			if (q.format().equals("multiple_choice")) {
				assertThat(q.options()).as(q.id()).hasSize(4).doesNotHaveDuplicates().contains(q.answer());
				assertThat(q.options().stream().map(Prose::normalize).distinct().count()).as(q.id()).isEqualTo(4);
			}
			else if (q.format().equals("true_false")) {
				assertThat(q.options()).containsExactly("True", "False");
				assertThat(q.options()).contains(q.answer());
			}
			else {
				assertThat(q.options()).as(q.id()).isEmpty();
			}
		});
	}

	@Test
	void every_source_points_exactly_at_its_sentence_in_the_document_text() {
		Map<String, String> texts = documents.stream()
			.collect(Collectors.toMap(CorpusDocument::id, CorpusDocument::text));
		assertThat(bank.questions()).allSatisfy(q -> {
			assertThat(q.sources()).first().isEqualTo(q.source());
			for (Source s : q.sources()) {
				assertThat(texts.get(s.document()).substring(s.start(), s.end())).as(q.id()).isEqualTo(s.sentence());
			}
		});
	}

	@Test
	void ids_are_unique_and_shaped_q_and_twelve_hex_digits() {
		Map<String, Long> ids = bank.questions()
			.stream()
			.collect(Collectors.groupingBy(BankQuestion::id, Collectors.counting()));
		assertThat(ids.values()).allMatch(n -> n == 1);
		assertThat(ids.keySet()).allMatch(id -> id.matches("q-[0-9a-f]{12}"));
	}

	@Test
	void two_runs_write_byte_identical_banks() throws IOException {
		Bank again = new BankGeneration(GenerateCommandAccess.extractor())
			.generate(CorpusFolder.load(CORPUS).documents());
		assertThat(BankJson.write(again)).isEqualTo(BankJson.write(bank));
	}

	@Test
	void the_written_bank_reads_back_as_the_same_bank() {
		assertThat(BankJson.read(BankJson.write(bank))).isEqualTo(bank);
	}

	@Test
	void the_committed_bank_is_the_output_for_the_committed_corpus() throws IOException {
		String committed = Files.readString(COMMITTED, StandardCharsets.UTF_8);
		assertThat(committed)
			.as("questions/bank.json is stale: regenerate it with "
					+ "`java -jar target/quarry.jar generate --corpus questions/corpus --out questions/bank.json`")
			.isEqualTo(BankJson.write(bank));
	}

	@Test
	void the_committed_bank_names_every_document_with_its_sha256() {
		Map<String, String> sha = documents.stream()
			.collect(Collectors.toMap(CorpusDocument::id, CorpusDocument::sha256));
		assertThat(bank.documents()).allSatisfy(d -> assertThat(d.sha256()).isEqualTo(sha.get(d.id())));
		assertThat(bank.documents().stream().collect(Collectors.toMap(d -> d.id(), Function.identity())))
			.hasSize(documents.size());
	}

}
