package app.quarry.study;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import app.quarry.bank.grading.AnswerMatcher;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Taking an answer back and dropping a card in the middle of a session. */
class StudySessionUndoTest {

	private static final AnswerMatcher MATCHER = new AnswerMatcher(List.of("Donald Trump"));

	private final List<ReviewToRecord> recorded = new ArrayList<>();

	private final List<String> undone = new ArrayList<>();

	private StudySession session() {
		return new StudySession(
				List.of(StudyCards.flashcard("one"), StudyCards.typed("two"), StudyCards.cloze("three")), MATCHER, 7);
	}

	private void answer(StudySession session) {
		session.reveal(Duration.ofSeconds(2));
		session.rate(Rating.GOOD);
		session.recordAndContinue(this.recorded::add);
	}

	@Test
	void undo_takes_back_the_last_recorded_answer_and_shows_its_card_again_as_a_question() {
		StudySession session = session();
		assertThat(session.canUndo()).isFalse();
		answer(session);
		assertThat(session.current().orElseThrow().card().questionId()).isEqualTo("two");

		ShownCard again = session.undoLast(this.undone::add);

		assertThat(this.undone).containsExactly("one");
		assertThat(again.card().questionId()).isEqualTo("one");
		assertThat(session.stage()).isEqualTo(StudySession.Stage.QUESTION);
		assertThat(session.recorded()).isZero();
		assertThat(session.canUndo()).isFalse();
	}

	@Test
	void undo_after_the_last_card_reopens_the_finished_session_and_an_unrecorded_answer_is_dropped() {
		StudySession session = new StudySession(List.of(StudyCards.flashcard("one"), StudyCards.typed("two")), MATCHER,
				7);
		answer(session);
		session.answerTyped("April 1, 2018", Duration.ofSeconds(3));
		session.recordAndContinue(this.recorded::add);
		assertThat(session.stage()).isEqualTo(StudySession.Stage.FINISHED);

		session.undoLast(this.undone::add);
		assertThat(session.current().orElseThrow().card().questionId()).isEqualTo("two");
		session.answerTyped("wrong", Duration.ofSeconds(3));
		session.undoLast(this.undone::add);

		assertThat(this.undone).containsExactly("two", "one");
		assertThat(session.current().orElseThrow().card().questionId()).isEqualTo("one");
		assertThat(session.stage()).isEqualTo(StudySession.Stage.QUESTION);
	}

	@Test
	void a_failed_undo_leaves_the_session_as_it_was() {
		StudySession session = session();
		answer(session);
		assertThatThrownBy(() -> session.undoLast(id -> {
			throw new IllegalStateException("database down");
		})).hasMessage("database down");
		assertThat(session.current().orElseThrow().card().questionId()).isEqualTo("two");
		assertThat(session.canUndo()).isTrue();
	}

	@Test
	void a_dropped_card_leaves_the_session_and_undo_still_reaches_the_answer_before_it() {
		StudySession session = session();
		answer(session);
		session.dropCurrent();
		assertThat(session.current().orElseThrow().card().questionId()).isEqualTo("three");
		assertThat(session.size()).isEqualTo(2);

		session.undoLast(this.undone::add);

		assertThat(session.current().orElseThrow().card().questionId()).isEqualTo("one");
		answer(session);
		assertThat(session.current().orElseThrow().card().questionId()).as("the dropped card does not come back")
			.isEqualTo("three");
	}

}
