package app.quarry.study;

import app.quarry.bank.QuestionId;
import app.quarry.account.SystemWork;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import app.quarry.bank.Bank;
import app.quarry.bank.BankJson;
import app.quarry.bank.BankImporter;
import app.quarry.bank.BankService;
import app.quarry.bank.QuestionStatus;
import app.quarry.bank.RetirementLimit;
import app.quarry.bank.Siblings;
import app.quarry.study.ui.StudySpringTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalog keeps the bank's one-card-per-fact order with its cards; once questions
 * change it is made again, and stays the order computed from every card.
 */
@Tag("database")
@StudySpringTest
class CachedFactOrderTest {

	@Autowired
	QuestionCatalog catalog;

	@Autowired
	BankService bank;

	@Autowired
	BankImporter importer;

	@Test
	@WithMockUser(username = "a-teacher", roles = "TEACHER")
	void the_kept_order_is_the_computed_one_after_questions_change() throws IOException {
		try (InputStream in = getClass().getClassLoader().getResourceAsStream("questions/bank.json")) {
			Bank bundled = BankJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
			SystemWork.run(() -> this.importer.importBank(bundled, RetirementLimit.NONE));
		}
		assertKeptIsComputed();
		// withdrawing the first card of a fact brings a sibling forward
		List<StudyCard> cards = this.catalog.studyCards();
		List<StudyCard> firsts = Siblings.onePerFact(cards, StudyCard::fact);
		StudyCard withdrawn = firsts.stream()
			.filter(first -> cards.stream()
				.anyMatch(other -> other != first && Siblings.areSiblings(first.fact(), other.fact())))
			.findFirst()
			.orElseThrow();
		this.bank.review(QuestionId.of(withdrawn.questionId()), QuestionStatus.RETIRED);
		assertThat(this.catalog.studyCards()).doesNotContain(withdrawn);
		assertThat(this.catalog.factOrder().offer(List.of(), StudyFilter.ALL, Set.of()))
			.doesNotContain(withdrawn.questionId());
		assertKeptIsComputed();
		this.bank.review(QuestionId.of(withdrawn.questionId()), QuestionStatus.APPROVED);
		assertKeptIsComputed();
	}

	private void assertKeptIsComputed() {
		List<StudyCard> cards = this.catalog.studyCards();
		Set<String> answered = new HashSet<>();
		for (int i = 0; i < cards.size(); i += 7) {
			answered.add(cards.get(i).questionId());
		}
		StudyCard any = cards.get(cards.size() / 3);
		for (StudyFilter filter : List.of(StudyFilter.ALL, StudyFilter.document(any.documentId()),
				StudyFilter.type(any.type()))) {
			for (Set<String> today : List.of(Set.<String>of(), answered)) {
				assertThat(List.copyOf(this.catalog.factOrder().offer(List.of(), filter, today)))
					.isEqualTo(StudyQueue.offerOrder(cards.stream().filter(filter::matches).toList(), today));
			}
		}
	}

}
