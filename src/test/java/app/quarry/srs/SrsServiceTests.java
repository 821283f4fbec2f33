package app.quarry.srs;

import app.quarry.bank.QuestionId;
import app.quarry.account.LearnerId;
import app.quarry.srs.internal.ReviewRows;
import app.quarry.base.MovableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import app.quarry.srs.SrsStatistics.DayCount;
import app.quarry.srs.fsrs.Card;
import app.quarry.srs.fsrs.CardState;
import app.quarry.srs.fsrs.Rating;
import app.quarry.srs.fsrs.ReviewOutcome;
import app.quarry.srs.internal.CardEntity;
import app.quarry.srs.internal.CardRepository;
import app.quarry.srs.internal.ReviewLogEntry;
import app.quarry.srs.internal.ReviewLogRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * On a real H2 database migrated by Flyway; each test commits, so learners are kept
 * apart.
 */
@Tag("database")
@DataJpaTest
@Import({ SrsService.class, ReviewRows.class, SrsServiceTests.Clocks.class })
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class SrsServiceTests {

	private static final Instant MONDAY_NOON = Instant.parse("2026-03-02T12:00:00Z");

	private static long nextLearner = 1000;

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

	@Test
	void recording_a_review_commits_the_log_row_and_the_card_state_together() {
		ReviewOutcome outcome = this.service.record(LearnerId.of(this.learner), QuestionId.of("q-1"), Rating.GOOD,
				4200L, ReviewSource.STUDY);
		assertThat(outcome.card().state()).isEqualTo(CardState.LEARNING);
		assertThat(this.log.findByLearnerIdAndQuestionIdOrderByReviewedAtAscIdAsc(this.learner, "q-1")).singleElement()
			.satisfies(entry -> {
				assertThat(entry.getRating()).isEqualTo(3);
				assertThat(entry.getReviewedAt()).isEqualTo(MONDAY_NOON);
				assertThat(entry.getDurationMs()).isEqualTo(4200L);
				assertThat(entry.getSource()).isEqualTo(ReviewSource.STUDY);
			});
		assertThat(this.cards.findByLearnerIdAndQuestionId(this.learner, "q-1")).get()
			.satisfies(card -> assertThat(card.getDue()).isEqualTo(MONDAY_NOON.plus(Duration.ofMinutes(10))));
	}

	@Test
	void a_submitted_quizs_answers_recorded_together_make_the_same_cards_and_log_as_one_by_one() {
		long together = this.learner;
		long oneByOne = nextLearner++;
		this.service.record(LearnerId.of(together), QuestionId.of("seen"), Rating.GOOD, null, ReviewSource.STUDY);
		this.service.record(LearnerId.of(oneByOne), QuestionId.of("seen"), Rating.GOOD, null, ReviewSource.STUDY);
		this.clock.advance(Duration.ofDays(2));
		List<GradedAnswer> answers = List.of(new GradedAnswer("seen", Rating.HARD, 3000L),
				new GradedAnswer("new-1", Rating.AGAIN, 5000L), new GradedAnswer("new-2", Rating.GOOD, 0L));

		this.service.recordAll(LearnerId.of(together), answers, ReviewSource.QUIZ);
		answers.forEach(answer -> this.service.record(LearnerId.of(oneByOne), QuestionId.of(answer.questionId()),
				answer.rating(), answer.durationMs(), ReviewSource.QUIZ));

		for (String question : List.of("seen", "new-1", "new-2")) {
			CardEntity a = this.cards.findByLearnerIdAndQuestionId(together, question).orElseThrow();
			CardEntity b = this.cards.findByLearnerIdAndQuestionId(oneByOne, question).orElseThrow();
			// the fuzz seed differs by learner; everything scheduled is the same
			assertThat(a.toCard(this.clock.instant())).usingRecursiveComparison()
				.ignoringFields("seed")
				.isEqualTo(b.toCard(this.clock.instant()));
			assertThat(this.log.findByLearnerIdAndQuestionIdOrderByReviewedAtAscIdAsc(together, question))
				.extracting(ReviewLogEntry::getRating, ReviewLogEntry::getSource, ReviewLogEntry::getDurationMs)
				.containsExactlyElementsOf(
						this.log.findByLearnerIdAndQuestionIdOrderByReviewedAtAscIdAsc(oneByOne, question)
							.stream()
							.map(entry -> org.assertj.core.groups.Tuple.tuple(entry.getRating(), entry.getSource(),
									entry.getDurationMs()))
							.toList());
		}
	}

	@Test
	void a_rejected_review_changes_nothing() {
		assertThatThrownBy(() -> this.service.record(LearnerId.of(this.learner), QuestionId.of("q".repeat(41)),
				Rating.GOOD, null, ReviewSource.QUIZ))
			.hasMessageStartingWith("a question id must be 1 to 40 characters");
		assertThat(this.log.countByLearnerId(this.learner)).isZero();
	}

	@Test
	void due_cards_are_reviews_first_then_new_cards_under_the_daily_limit() {
		this.service.updateSettings(LearnerId.of(this.learner), new SrsSettings(0.9, 3, "UTC", 4, null));
		this.service.record(LearnerId.of(this.learner), QuestionId.of("a"), Rating.AGAIN, null, ReviewSource.STUDY);
		this.service.record(LearnerId.of(this.learner), QuestionId.of("b"), Rating.EASY, null, ReviewSource.STUDY);
		this.clock.advance(Duration.ofMinutes(5));
		DueCards due = this.service.dueCards(LearnerId.of(this.learner), this.clock.instant(),
				List.of("a", "b", "c", "d", "e"));
		assertThat(due.reviews()).containsExactly("a");
		assertThat(due.newCards()).containsExactly("c"); // a and b used two of today's
															// three
	}

	@Test
	void the_cards_answered_today_are_those_since_the_study_days_rollover_in_the_learners_zone() {
		// 4 am in Seoul is 19:00 UTC the day before
		this.service.updateSettings(LearnerId.of(this.learner), new SrsSettings(0.9, 20, "Asia/Seoul", 4, null));
		this.clock.set(Instant.parse("2026-03-02T18:59:00Z"));
		this.service.record(LearnerId.of(this.learner), QuestionId.of("yesterday"), Rating.GOOD, null,
				ReviewSource.STUDY);
		this.clock.set(Instant.parse("2026-03-02T19:01:00Z"));
		this.service.record(LearnerId.of(this.learner), QuestionId.of("today"), Rating.GOOD, null, ReviewSource.QUIZ);
		assertThat(this.service.answeredThisStudyDay(LearnerId.of(this.learner), this.clock.instant()))
			.containsExactly("today");
	}

	@Test
	void the_preview_shows_what_each_rating_would_do_and_recording_agrees() {
		ReviewOutcome[] preview = this.service.preview(LearnerId.of(this.learner), QuestionId.of("q-2"));
		assertThat(preview[0].interval()).isEqualTo(Duration.ofMinutes(1));
		assertThat(preview[2].interval()).isEqualTo(Duration.ofMinutes(10));
		ReviewOutcome recorded = this.service.record(LearnerId.of(this.learner), QuestionId.of("q-2"), Rating.EASY,
				null, ReviewSource.STUDY);
		assertThat(recorded.card()).isEqualTo(preview[3].card());
	}

	@Test
	void settings_outside_their_ranges_are_refused_with_the_value_named() {
		assertThatThrownBy(() -> new SrsSettings(0.5, 20, "UTC", 4, null))
			.hasMessage("desired retention must be between 0.70 and 0.97, was 0.5");
		assertThatThrownBy(() -> new SrsSettings(0.9, 20, "Mars/Olympus", 4, null))
			.hasMessage("unknown time zone 'Mars/Olympus'");
		assertThatThrownBy(() -> new SrsSettings(0.9, 20, "UTC", 24, null))
			.hasMessage("the day rollover hour must be between 0 and 23, was 24");
		assertThat(this.service.settings(LearnerId.of(this.learner))).isEqualTo(SrsSettings.defaults());
		this.service.updateSettings(LearnerId.of(this.learner), new SrsSettings(0.85, 10, "Europe/Berlin", 3, null));
		assertThat(this.service.settings(LearnerId.of(this.learner)))
			.isEqualTo(new SrsSettings(0.85, 10, "Europe/Berlin", 3, null));
	}

	@Test
	void a_card_rebuilt_from_its_log_equals_the_stored_card() {
		Rating[] ratings = { Rating.GOOD, Rating.GOOD, Rating.HARD, Rating.AGAIN, Rating.GOOD, Rating.EASY };
		Card last = null;
		for (Rating rating : ratings) {
			last = this.service
				.record(LearnerId.of(this.learner), QuestionId.of("q-3"), rating, null, ReviewSource.STUDY)
				.card();
			this.clock.set(last.due());
		}
		assertThat(this.service.rebuild(LearnerId.of(this.learner), QuestionId.of("q-3"))).isEqualTo(last);
	}

	@Test
	void statistics_count_study_days_from_the_rollover_hour_in_the_learners_zone() {
		this.service.updateSettings(LearnerId.of(this.learner), new SrsSettings(0.9, 20, "Asia/Tokyo", 4, null));
		// 2026-03-02 02:00 in Tokyo belongs to the study day of 1 March
		this.clock.set(Instant.parse("2026-03-01T17:00:00Z"));
		this.service.record(LearnerId.of(this.learner), QuestionId.of("x"), Rating.EASY, null, ReviewSource.STUDY);
		// 2026-03-02 10:00 in Tokyo
		this.clock.set(Instant.parse("2026-03-02T01:00:00Z"));
		this.service.record(LearnerId.of(this.learner), QuestionId.of("y"), Rating.GOOD, null, ReviewSource.STUDY);
		this.service.record(LearnerId.of(this.learner), QuestionId.of("y"), Rating.GOOD, null, ReviewSource.STUDY);
		SrsStatistics statistics = this.service.statistics(LearnerId.of(this.learner), 30);
		assertThat(statistics.reviewsPerDay()).containsExactly(new DayCount(LocalDate.of(2026, 3, 1), 1),
				new DayCount(LocalDate.of(2026, 3, 2), 2));
		assertThat(statistics.streakDays()).isEqualTo(2);
		assertThat(statistics.dueForecast()).hasSize(30);
		assertThat(statistics.dueForecast().stream().mapToInt(DayCount::count).sum()).isEqualTo(2);
		assertThat(statistics.trueRetention()).isNull();
	}

	@Test
	void true_retention_counts_passed_reviews_of_mature_cards_only() {
		this.service.record(LearnerId.of(this.learner), QuestionId.of("m"), Rating.EASY, null, ReviewSource.STUDY);
		Card card = null;
		for (int i = 0; i < 6; i++) {
			card = this.service
				.record(LearnerId.of(this.learner), QuestionId.of("m"), Rating.EASY, null, ReviewSource.STUDY)
				.card();
			this.clock.set(card.due());
		}
		long matureBefore = this.service.statistics(LearnerId.of(this.learner), 3650).matureReviews();
		this.service.record(LearnerId.of(this.learner), QuestionId.of("m"), Rating.AGAIN, null, ReviewSource.QUIZ);
		SrsStatistics statistics = this.service.statistics(LearnerId.of(this.learner), 3650);
		assertThat(statistics.matureReviews()).isEqualTo(matureBefore + 1);
		assertThat(statistics.trueRetention()).isEqualTo(matureBefore / (double) (matureBefore + 1));
	}

}
