package app.quarry.srs;

import app.quarry.bank.QuestionId;
import app.quarry.account.LearnerId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import app.quarry.srs.internal.ReviewRows;
import app.quarry.base.MovableClock;
import app.quarry.srs.fsrs.Card;
import app.quarry.srs.fsrs.CardState;
import app.quarry.srs.fsrs.Rating;
import app.quarry.srs.internal.CardRepository;
import app.quarry.srs.internal.ReviewLogRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Undo, suspend, flag and the daily review limit, on a real H2 database migrated by
 * Flyway; each test commits, so learners are kept apart.
 */
@DataJpaTest
@Import({ SrsService.class, ReviewRows.class, StudyControlsSrsTests.Clocks.class })
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class StudyControlsSrsTests {

	private static final Instant MONDAY_NOON = Instant.parse("2026-03-02T12:00:00Z");

	private static long nextLearner = 5000;

	@TestConfiguration
	static class Clocks {

		@Bean
		MovableClock clock() {
			return new MovableClock(MONDAY_NOON);
		}

	}

	@Autowired
	SrsService service;

	@Autowired
	MovableClock clock;

	@Autowired
	CardRepository cards;

	@Autowired
	ReviewLogRepository log;

	private long learner;

	@BeforeEach
	void newLearner() {
		this.learner = nextLearner++;
		this.clock.set(MONDAY_NOON);
	}

	private Card card(String questionId) {
		return this.cards.findByLearnerIdAndQuestionId(this.learner, questionId).orElseThrow().toCard(MONDAY_NOON);
	}

	@Test
	void undoing_an_answer_restores_the_cards_previous_state_and_removes_its_log_row() {
		this.service.record(LearnerId.of(this.learner), QuestionId.of("q"), Rating.GOOD, 1000L, ReviewSource.STUDY);
		this.clock.advance(Duration.ofMinutes(10));
		this.service.record(LearnerId.of(this.learner), QuestionId.of("q"), Rating.GOOD, 1000L, ReviewSource.STUDY);
		this.clock.advance(Duration.ofDays(3));
		Card before = card("q");
		this.service.record(LearnerId.of(this.learner), QuestionId.of("q"), Rating.AGAIN, 1000L, ReviewSource.STUDY);
		assertThat(card("q")).isNotEqualTo(before);

		assertThat(this.service.undoLastReview(LearnerId.of(this.learner), QuestionId.of("q"))).isTrue();

		assertThat(card("q")).isEqualTo(before);
		assertThat(this.log.countByLearnerId(this.learner)).isEqualTo(2);
	}

	@Test
	void undoing_a_first_answer_makes_the_card_new_again_and_counts_it_in_the_days_new_cards() {
		this.service.updateSettings(LearnerId.of(this.learner), new SrsSettings(0.9, 1, "UTC", 4, null));
		this.service.record(LearnerId.of(this.learner), QuestionId.of("a"), Rating.GOOD, null, ReviewSource.STUDY);
		assertThat(this.service.dueCards(LearnerId.of(this.learner), MONDAY_NOON, List.of("a", "b")).newCards())
			.isEmpty();

		this.service.undoLastReview(LearnerId.of(this.learner), QuestionId.of("a"));

		assertThat(card("a").state()).isEqualTo(CardState.NEW);
		assertThat(this.service.dueCards(LearnerId.of(this.learner), MONDAY_NOON, List.of("a", "b")).newCards())
			.containsExactly("a");
		assertThat(this.service.undoLastReview(LearnerId.of(this.learner), QuestionId.of("a")))
			.as("nothing left to take back")
			.isFalse();
	}

	@Test
	void a_suspended_card_leaves_the_due_reviews_and_the_new_cards_until_brought_back() {
		this.service.record(LearnerId.of(this.learner), QuestionId.of("old"), Rating.AGAIN, null, ReviewSource.STUDY);
		Instant later = MONDAY_NOON.plus(Duration.ofHours(1));
		this.service.suspend(LearnerId.of(this.learner), QuestionId.of("old"), true);
		this.service.suspend(LearnerId.of(this.learner), QuestionId.of("unseen"), true);

		DueCards due = this.service.dueCards(LearnerId.of(this.learner), later, List.of("old", "unseen", "other"));
		assertThat(due.reviews()).isEmpty();
		assertThat(due.newCards()).containsExactly("other");
		assertThat(this.service.suspendedQuestionIds(LearnerId.of(this.learner))).containsExactlyInAnyOrder("old",
				"unseen");

		this.service.suspend(LearnerId.of(this.learner), QuestionId.of("old"), false);
		assertThat(this.service.dueCards(LearnerId.of(this.learner), later, List.of("old")).reviews())
			.containsExactly("old");
	}

	@Test
	void flags_are_counted_per_question_over_all_learners_and_can_be_taken_back() {
		long other = nextLearner++;
		this.service.flag(LearnerId.of(this.learner), QuestionId.of("flag-1"), true);
		this.service.flag(LearnerId.of(other), QuestionId.of("flag-1"), true);
		this.service.flag(LearnerId.of(other), QuestionId.of("flag-2"), true);
		this.service.flag(LearnerId.of(other), QuestionId.of("flag-2"), false);

		assertThat(this.service.flaggedQuestionIds(LearnerId.of(this.learner))).containsExactly("flag-1");
		assertThat(this.service.flagCounts()).containsEntry(QuestionId.of("flag-1"), 2L)
			.doesNotContainKey(QuestionId.of("flag-2"));
		assertThat(card("flag-1").state()).as("flagging does not start a card").isEqualTo(CardState.NEW);
	}

	@Test
	void the_daily_review_limit_caps_the_due_reviews_counting_those_done_today() {
		for (String id : List.of("a", "b", "c")) {
			this.service.record(LearnerId.of(this.learner), QuestionId.of(id), Rating.EASY, null, ReviewSource.STUDY);
		}
		this.clock.advance(Duration.ofDays(40));
		Instant then = this.clock.instant();
		this.service.updateSettings(LearnerId.of(this.learner), new SrsSettings(0.9, 20, "UTC", 4, null, 2));
		assertThat(this.service.settings(LearnerId.of(this.learner)).reviewsPerDay()).isEqualTo(2);
		assertThat(this.service.dueCards(LearnerId.of(this.learner), then, List.of("a", "b", "c")).reviews())
			.hasSize(2);

		this.service.record(LearnerId.of(this.learner), QuestionId.of("a"), Rating.GOOD, null, ReviewSource.STUDY);

		assertThat(this.service.dueCards(LearnerId.of(this.learner), then, List.of("a", "b", "c")).reviews())
			.hasSize(1);
	}

}
