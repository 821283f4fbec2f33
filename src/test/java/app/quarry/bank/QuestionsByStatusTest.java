package app.quarry.bank;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * The review list read a page at a time, on a real H2 database with the Flyway schema:
 * pages follow each other without gaps or repeats, the count covers them all, and only
 * the orders the list offers reach the query.
 */
@Tag("database")
@DataJpaTest(properties = "spring.flyway.enabled=true")
@Import({ BankService.class, QuestionsByStatus.class, BankRevision.class, CorpusService.class,
		QuestionsByStatusTest.Clocks.class })
class QuestionsByStatusTest {

	@TestConfiguration
	static class Clocks {

		@Bean
		MovableClock clock() {
			return new MovableClock(Instant.parse("2026-11-23T08:00:00Z"));
		}

	}

	static final QuestionFilter FROM_LETTERS = new QuestionFilter(null, null, "letters", null);

	@Autowired
	BankService bank;

	@Autowired
	QuestionsByStatus byStatus;

	@Autowired
	CorpusService corpus;

	@BeforeEach
	void five_drafts_from_one_document_and_one_from_another() {
		this.corpus.store(List.of(document("letters"), document("diaries")));
		this.bank.addDrafts(List.of(draft("q-5", "letters", "Echo"), draft("q-2", "letters", "Bravo"),
				draft("q-4", "letters", "Alpha"), draft("q-1", "letters", "Delta"), draft("q-3", "letters", "Charlie"),
				draft("q-6", "diaries", "Foxtrot")));
		this.bank.review(QuestionId.of("q-3"), QuestionStatus.APPROVED);
	}

	@Test
	void pages_follow_each_other_by_id_and_the_count_covers_them_all() {
		assertThat(ids(this.byStatus.page(QuestionStatus.DRAFT, FROM_LETTERS, PageRequest.of(0, 2))))
			.containsExactly("q-1", "q-2");
		assertThat(ids(this.byStatus.page(QuestionStatus.DRAFT, FROM_LETTERS, PageRequest.of(1, 2))))
			.containsExactly("q-4", "q-5");
		assertThat(this.byStatus.page(QuestionStatus.DRAFT, FROM_LETTERS, PageRequest.of(2, 2))).isEmpty();
		assertThat(this.byStatus.count(QuestionStatus.DRAFT, FROM_LETTERS)).isEqualTo(4);
		assertThat(this.byStatus.count(QuestionStatus.DRAFT, QuestionFilter.ANY)).isEqualTo(5);
		assertThat(this.byStatus.count(QuestionStatus.APPROVED, FROM_LETTERS)).isEqualTo(1);
	}

	@Test
	void a_page_is_sorted_as_asked_when_the_list_offers_that_order() {
		Pageable byPromptDescending = PageRequest.of(0, 3, Sort.by(Sort.Direction.DESC, "prompt"));

		assertThat(this.byStatus.page(QuestionStatus.DRAFT, FROM_LETTERS, byPromptDescending))
			.extracting(q -> q.question().prompt())
			.containsExactly("Echo?", "Delta?", "Bravo?");
	}

	@Test
	void an_order_the_list_does_not_offer_is_left_out_and_the_id_decides() {
		Pageable byOwner = PageRequest.of(0, 4, Sort.by(Sort.Direction.DESC, "ownerId"));

		assertThat(ids(this.byStatus.page(QuestionStatus.DRAFT, FROM_LETTERS, byOwner))).containsExactly("q-1", "q-2",
				"q-4", "q-5");
	}

	@Test
	void the_ids_of_the_whole_list_are_read_without_paging() {
		assertThat(this.byStatus.ids(QuestionStatus.DRAFT, FROM_LETTERS)).containsExactly("q-1", "q-2", "q-4", "q-5");
	}

	private static List<String> ids(List<StoredQuestion> questions) {
		return questions.stream().map(q -> q.question().id()).toList();
	}

	private static CorpusDocument document(String id) {
		return new CorpusDocument(id, id, "2018-05", null, null, "Some text.", id.repeat(64).substring(0, 64));
	}

	private static BankQuestion draft(String id, String document, String prompt) {
		Source source = new Source(document, 0, 10, "Some text.");
		return new BankQuestion(id, "date", "typed", prompt + "?", "May 1, 2018", "2018-05-01", List.of("May 1, 2018"),
				List.of(), null, source, List.of(source));
	}

}
