package app.quarry.bank;

import static org.assertj.core.api.Assertions.assertThat;

import app.quarry.bank.grading.AnswerKey;
import app.quarry.bank.grading.Grade;
import app.quarry.bank.grading.Verdict;
import app.quarry.base.MovableClock;
import app.quarry.corpus.CorpusDocument;
import app.quarry.corpus.CorpusService;
import java.time.Instant;
import java.util.ArrayList;
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
 * sure, while a person only a draft names is not yet known. A role on the back of a card
 * ("Who is Kim Yong-chol?" "top North Korean official") is no one's name: it neither
 * makes a part of a real name ambiguous nor is itself graded as a name.
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
		importWith();
	}

	/** Imports the two Orlovs' questions and these. */
	private void importWith(BankQuestion... more) {
		List<BankQuestion> questions = new ArrayList<>(
				List.of(question("who-spoke", "person", "Who spoke first?", "Nadia Orlov"),
						question("who-said", "quote", "Who said \"We will wait\"?", "Tomas Orlov")));
		questions.addAll(List.of(more));
		this.importer.importBank(new Bank(List.of(), questions));
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

	@Test
	void a_role_that_mentions_a_person_does_not_make_the_end_of_their_name_ambiguous() {
		String role = "the influential sister of North Korean leader Kim Jong Un";
		importWith(question("who-leads", "person", "Who leads?", "Kim Jong Un"),
				flashcard("who-is-kim-yo-jong", "Who is Kim Yo Jong?", role));

		Grade jongUn = this.people.matcher()
			.grade(AnswerKey.forQuestion("person", "Kim Jong Un", "Kim Jong Un", List.of()), "Jong Un");

		assertThat(jongUn.verdict()).isEqualTo(Verdict.CORRECT);
	}

	@Test
	void the_last_word_of_a_role_is_not_the_whole_role() {
		String role = "top North Korean official";
		importWith(flashcard("who-is-kim", "Who is Kim Yong-chol?", role));

		Grade official = this.people.matcher()
			.grade(AnswerKey.forQuestion("person", role, role, List.of()), "official");

		assertThat(official.verdict()).isEqualTo(Verdict.WRONG);
	}

	@Test
	void a_speaker_described_but_not_named_is_not_a_name() {
		String speaker = "a senior official";
		importWith(new BankQuestion("who-said-so", "quote", "flashcard", "Who said \"We will wait\"?",
				"A senior official", speaker, List.of("A senior official"), List.of(), null, SOURCE, List.of(SOURCE)));

		Grade official = this.people.matcher()
			.grade(AnswerKey.forQuestion("quote", "A senior official", speaker, List.of()), "official");

		assertThat(official.verdict()).isNotEqualTo(Verdict.CORRECT);
	}

	private Grade surnameFor(String person) {
		return this.people.matcher().grade(AnswerKey.forQuestion("person", person, person, List.of()), "Orlov");
	}

	/** A person flashcard: the person on the front, the role on the back. */
	private static BankQuestion flashcard(String id, String prompt, String role) {
		return new BankQuestion(id, "person", "flashcard", prompt, role, role, List.of(role), List.of(), null, SOURCE,
				List.of(SOURCE));
	}

	private static BankQuestion question(String id, String type, String prompt, String person) {
		return new BankQuestion(id, type, "typed", prompt, person, person, List.of(person), List.of(), null, SOURCE,
				List.of(SOURCE));
	}

}
