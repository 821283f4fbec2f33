package app.quarry.classroom;

import app.quarry.bank.QuestionId;
import static app.quarry.classroom.ClassroomTestSupport.newActor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.quarry.account.Role;
import app.quarry.bank.KnownPeople;
import app.quarry.bank.QuestionStatus;
import app.quarry.bank.grading.AnswerMatcher;
import app.quarry.study.StudyCard;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What is kept in memory from the bank (the study cards, the names study and quizzes
 * match typed answers against) lives in Spring's caches: made once, and made again when
 * the bank changes, on this node at once, and within the revision check when another node
 * sharing the database changed it. Study and quizzes grade names with one matcher, the
 * bank's.
 */
class BankCachesTest extends ClassroomServicesTest {

	@Autowired
	QuestionReviewService review;

	@Autowired
	app.quarry.study.QuestionCatalog study;

	@Autowired
	KnownPeople people;

	@Autowired
	CacheManager caches;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void study_and_quizzes_share_one_name_matcher_kept_until_this_node_changed_the_bank() {
		Actor teacher = newActor(this.accounts, "Cache Teacher", Role.TEACHER);
		AnswerMatcher names = this.people.matcher();
		assertThat(this.study.nameMatcher()).isSameAs(names);
		assertThat(this.people.matcher()).isSameAs(names);
		assertThat(this.caches.getCacheNames()).contains("study-catalog", "known-people");

		List<QuestionId> one = this.study.studyCards()
			.stream()
			.map(StudyCard::questionId)
			.map(QuestionId::of)
			.limit(1)
			.toList();
		this.review.reviewAll(teacher, one, QuestionStatus.RETIRED);
		// the test's clock stands still: only the announcement makes them anew
		await().pollInSameThread().untilAsserted(() -> assertThat(this.people.matcher()).isNotSameAs(names));
		assertThat(this.study.nameMatcher()).isSameAs(this.people.matcher());
		this.review.reviewAll(teacher, one, QuestionStatus.APPROVED);
	}

	@Test
	void another_nodes_change_is_seen_at_the_next_look_at_the_revision() {
		List<StudyCard> cards = this.study.studyCards();
		AnswerMatcher names = this.people.matcher();

		// another node's change moves the revision; no event reaches this node
		this.jdbc.update("UPDATE bank_revision SET revision = revision + 1 WHERE id = 1");
		this.clock.advance(Duration.ofMillis(500));
		assertThat(this.study.studyCards()).isSameAs(cards);

		this.clock.advance(Duration.ofSeconds(2));
		assertThat(this.study.studyCards()).isNotSameAs(cards).isEqualTo(cards);
		assertThat(this.people.matcher()).isNotSameAs(names);
		assertThat(this.study.nameMatcher()).isSameAs(this.people.matcher());
	}

}
