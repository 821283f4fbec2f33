package app.quarry.study;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import app.quarry.bank.grading.AnswerMatcher;
import app.quarry.bank.grading.Verdict;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StudySessionTest {

	private static final AnswerMatcher MATCHER = new AnswerMatcher(List.of("Donald Trump", "Kim Yo Jong"));

	private final List<ReviewToRecord> log = new ArrayList<>();

	private StudySession session(StudyCard... cards) {
		return new StudySession(List.of(cards), MATCHER, 42);
	}

	@Test
	void a_typed_answer_in_another_date_format_is_right_and_rated_good_at_normal_speed() {
		StudySession session = session(StudyCards.typed("q1"));
		Feedback feedback = session.answerTyped("1 April 2018", Duration.ofSeconds(8));
		assertThat(feedback.verdict()).isEqualTo(Verdict.CORRECT);
		assertThat(feedback.rating()).contains(Rating.GOOD);
		assertThat(feedback.card().sourceSentence()).isEqualTo(StudyCards.SENTENCE);
		session.recordAndContinue(this.log::add);
		assertThat(this.log)
			.containsExactly(new ReviewToRecord("q1", Rating.GOOD, Duration.ofSeconds(8), "1 April 2018", true));
		assertThat(session.stage()).isEqualTo(StudySession.Stage.FINISHED);
	}

	@Test
	void a_new_cards_quick_right_answer_is_suggested_good_and_a_known_cards_easy() {
		StudySession session = new StudySession(
				List.of(StudyCards.multipleChoice("new"), StudyCards.otherSentence(StudyCards.multipleChoice("known"))),
				Set.of("new"), MATCHER, 42);
		Feedback first = session.choose(session.current().orElseThrow().options().indexOf("April 1, 2018"),
				Duration.ofSeconds(1));
		assertThat(first.rating()).contains(Rating.GOOD);
		session.recordAndContinue(this.log::add);
		Feedback second = session.choose(session.current().orElseThrow().options().indexOf("April 1, 2018"),
				Duration.ofSeconds(1));
		assertThat(second.rating()).contains(Rating.EASY);
	}

	@Test
	void an_almost_is_again_unless_the_learner_counts_it_as_right_then_hard() {
		StudySession session = session(StudyCards.typed("q1"));
		Feedback feedback = session.answerTyped("Aprl 1, 2018", Duration.ofSeconds(5));
		assertThat(feedback.verdict()).isEqualTo(Verdict.ALMOST);
		assertThat(feedback.rating()).contains(Rating.AGAIN);
		assertThat(feedback.countsAsRight()).isFalse();
		Feedback accepted = session.acceptAlmost();
		assertThat(accepted.rating()).contains(Rating.HARD);
		assertThat(accepted.countsAsRight()).isTrue();
		session.recordAndContinue(this.log::add);
		assertThat(this.log.get(0).rating()).isEqualTo(Rating.HARD);
		assertThat(this.log.get(0).correct()).isTrue();
	}

	@Test
	void multiple_choice_options_are_shuffled_per_showing_and_graded_by_identity() {
		StudySession session = session(StudyCards.multipleChoice("q1"));
		ShownCard shown = session.current().orElseThrow();
		assertThat(shown.options()).containsExactlyInAnyOrder("April 1, 2018", "June 12, 2018", "March 1, 2018",
				"April 1, 2019");
		assertThat(new StudySession(List.of(StudyCards.multipleChoice("q1")), MATCHER, 42).current()
			.orElseThrow()
			.options()).isEqualTo(shown.options());
		int right = shown.options().indexOf("April 1, 2018");
		int wrong = shown.options().indexOf("April 1, 2019");
		assertThat(session.choose(wrong, Duration.ofSeconds(3)).verdict()).isEqualTo(Verdict.WRONG);
		assertThat(session.feedback().orElseThrow().rating()).contains(Rating.AGAIN);
		StudySession again = session(StudyCards.multipleChoice("q1"));
		assertThat(again.choose(right, Duration.ofSeconds(3)).rating()).contains(Rating.EASY);
	}

	@Test
	void different_seeds_give_some_different_orders() {
		List<List<String>> orders = new ArrayList<>();
		for (long seed = 0; seed < 8; seed++) {
			orders.add(new StudySession(List.of(StudyCards.multipleChoice("q1")), MATCHER, seed).current()
				.orElseThrow()
				.options());
		}
		assertThat(orders.stream().distinct().count()).isGreaterThan(1);
	}

	@Test
	void true_false_keeps_its_order_and_a_very_slow_right_answer_is_hard() {
		StudySession session = session(StudyCards.trueFalse("q1"));
		assertThat(session.current().orElseThrow().options()).containsExactly("True", "False");
		assertThat(session.choose(0, Duration.ofSeconds(19)).rating()).contains(Rating.HARD);
	}

	@Test
	void a_cloze_is_answered_by_typing_with_number_words() {
		StudySession session = session(StudyCards.cloze("q1"));
		assertThat(session.answerTyped("4th", Duration.ofSeconds(4)).verdict()).isEqualTo(Verdict.CORRECT);
	}

	@Test
	void a_flashcard_has_no_rating_until_the_learner_picks_one() {
		StudySession session = session(StudyCards.flashcard("q1"), StudyCards.typed("q2"));
		Feedback revealed = session.reveal(Duration.ofSeconds(2));
		assertThat(revealed.rating()).isEmpty();
		assertThatThrownBy(() -> session.recordAndContinue(this.log::add)).isInstanceOf(IllegalStateException.class)
			.hasMessage("choose a rating (1 to 4) before continuing");
		session.rate(Rating.HARD);
		Optional<ShownCard> next = session.recordAndContinue(this.log::add);
		assertThat(next.orElseThrow().card().questionId()).isEqualTo("q2");
		assertThat(next.orElseThrow().position()).isEqualTo(2);
		assertThat(this.log).extracting(ReviewToRecord::rating).containsExactly(Rating.HARD);
	}

	@Test
	void the_learner_can_change_the_suggested_rating_before_moving_on() {
		StudySession session = session(StudyCards.typed("q1"));
		session.answerTyped("April 1, 2018", Duration.ofSeconds(8));
		session.rate(Rating.EASY);
		session.recordAndContinue(this.log::add);
		assertThat(this.log.get(0).rating()).isEqualTo(Rating.EASY);
	}

	@Test
	void when_recording_fails_the_session_stays_on_the_answer() {
		StudySession session = session(StudyCards.typed("q1"), StudyCards.typed("q2"));
		session.answerTyped("April 1, 2018", Duration.ofSeconds(8));
		assertThatThrownBy(() -> session.recordAndContinue(review -> {
			throw new IllegalStateException("database unavailable");
		})).hasMessage("database unavailable");
		assertThat(session.stage()).isEqualTo(StudySession.Stage.FEEDBACK);
		assertThat(session.current().orElseThrow().card().questionId()).isEqualTo("q1");
		session.recordAndContinue(this.log::add);
		assertThat(this.log).extracting(ReviewToRecord::questionId).containsExactly("q1");
		assertThat(session.recorded()).isEqualTo(1);
	}

	@Test
	void answers_in_the_wrong_stage_or_format_are_refused_with_a_reason() {
		StudySession session = session(StudyCards.typed("q1"));
		assertThatThrownBy(() -> session.choose(0, Duration.ZERO)).hasMessage("a TYPED card has no options");
		assertThatThrownBy(() -> session.rate(Rating.GOOD)).hasMessage("the session is at QUESTION, not FEEDBACK");
		session.answerTyped("", Duration.ZERO);
		assertThatThrownBy(session::acceptAlmost).hasMessage("only an “almost” answer can be counted as right");
		StudySession choice = session(StudyCards.multipleChoice("q1"));
		assertThatThrownBy(() -> choice.choose(4, Duration.ZERO)).hasMessage("there is no option 5");
	}

	@Test
	void an_empty_queue_is_finished_at_once() {
		StudySession session = session();
		assertThat(session.stage()).isEqualTo(StudySession.Stage.FINISHED);
		assertThat(session.current()).isEmpty();
	}

}
