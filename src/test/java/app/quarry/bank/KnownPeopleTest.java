package app.quarry.bank;

import static org.assertj.core.api.Assertions.assertThat;

import app.quarry.bank.grading.AnswerKey;
import app.quarry.bank.grading.Grade;
import app.quarry.bank.grading.Verdict;
import app.quarry.base.MovableClock;
import app.quarry.corpus.CorpusDocument;
import app.quarry.corpus.CorpusService;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The people a typed name is told apart from are the answers of the shared bank's
 * approved person and quote questions: a surname two of them share names neither for
 * sure, while a person only a draft names is not yet known.
 */
@Tag("database")
@DataJpaTest(properties = "spring.flyway.enabled=true")
@Import({ KnownPeople.class, BankService.class, BankImporter.class, BankRevision.class, CorpusService.class,
		KnownPeopleTest.Clocks.class })
class KnownPeopleTest {

	@TestConfiguration
	static class Clocks {

		@Bean
		MovableClock clock() {
			return new MovableClock(Instant.parse("2026-11-23T08:00:00Z"));
		}

	}

	static final String TEXT = "Nadia Orlov spoke. \"We will wait,\" said Tomas Orlov.";

	static final Source SOURCE = new Source("doc", 0, TEXT.length(), TEXT);

	@Autowired
	KnownPeople people;

	@Autowired
	BankService bank;

	@Autowired
	BankImporter importer;

	@Autowired
	CorpusService corpus;

	@BeforeEach
	void storeTheTwoOrlovs() {
		this.corpus.store(List.of(new CorpusDocument("doc", "Doc", "2026-11", null, null, TEXT, "b".repeat(64))));
		this.importer
			.importBank(new Bank(List.of(), List.of(question("who-spoke", "person", "Who spoke first?", "Nadia Orlov"),
					question("who-said", "quote", "Who said \"We will wait\"?", "Tomas Orlov"))));
	}

	@Test
	void a_surname_two_approved_people_share_is_only_almost_right() {
		assertThat(surnameFor("Nadia Orlov").verdict()).isEqualTo(Verdict.ALMOST);
	}

	@Test
	void a_person_named_only_by_a_draft_is_not_known() {
		this.bank.review(QuestionId.of("who-said"), QuestionStatus.DRAFT);

		assertThat(surnameFor("Nadia Orlov").verdict()).isEqualTo(Verdict.CORRECT);
	}

	private Grade surnameFor(String person) {
		return this.people.matcher().grade(AnswerKey.forQuestion("person", person, person, List.of()), "Orlov");
	}

	private static BankQuestion question(String id, String type, String prompt, String person) {
		return new BankQuestion(id, type, "typed", prompt, person, person, List.of(person), List.of(), null, SOURCE,
				List.of(SOURCE));
	}

}
