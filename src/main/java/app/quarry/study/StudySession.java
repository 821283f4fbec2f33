package app.quarry.study;

import app.quarry.bank.QuestionFormat;
import app.quarry.base.PureCore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import app.quarry.bank.grading.AnswerMatcher;
import app.quarry.bank.grading.ChoiceGrader;
import app.quarry.bank.grading.Grade;
import app.quarry.bank.grading.Verdict;

/**
 * The flow of one study session over a queue of cards: show, answer (or reveal a
 * flashcard), feedback with a suggested rating the learner may change, record, next.
 * Pure: no clock (durations are given), no storage (a {@link ReviewRecorder} is given),
 * seeded shuffling. The next card is shown only after the recorder has returned.
 */
@PureCore
public final class StudySession {

	/** Where the session stands. */
	public enum Stage {

		QUESTION, FEEDBACK, FINISHED

	}

	private final List<StudyCard> queue;

	/** Queue positions of the answers recorded, the last on top, for undo. */
	private final java.util.Deque<Integer> answered = new java.util.ArrayDeque<>();

	private final Set<String> newIds;

	private final AnswerMatcher matcher;

	private final long seed;

	private int index;

	private int showings;

	private ShownCard shown;

	private Feedback feedback;

	private Duration taken = Duration.ZERO;

	private int recorded;

	public StudySession(List<StudyCard> queue, AnswerMatcher matcher, long seed) {
		this(queue, Set.of(), matcher, seed);
	}

	/**
	 * @param newIds the queue's cards the learner has never answered: their first right
	 * answer is never suggested Easy
	 */
	public StudySession(List<StudyCard> queue, Set<String> newIds, AnswerMatcher matcher, long seed) {
		this.queue = new ArrayList<>(queue);
		this.newIds = Set.copyOf(newIds);
		this.matcher = matcher;
		this.seed = seed;
		this.shown = showCurrent();
	}

	public Stage stage() {
		if (this.index >= this.queue.size()) {
			return Stage.FINISHED;
		}
		return (this.feedback == null) ? Stage.QUESTION : Stage.FEEDBACK;
	}

	public Optional<ShownCard> current() {
		return Optional.ofNullable(this.shown);
	}

	public Optional<Feedback> feedback() {
		return Optional.ofNullable(this.feedback);
	}

	/** Number of answers recorded in this session. */
	public int recorded() {
		return this.recorded;
	}

	public int size() {
		return this.queue.size();
	}

	/** A typed (typed or cloze format) answer. */
	public Feedback answerTyped(String response, Duration taken) {
		StudyCard card = expect(Stage.QUESTION).card();
		if (card.format() != QuestionFormat.TYPED && card.format() != QuestionFormat.CLOZE) {
			throw new IllegalStateException("a " + card.format() + " card is not answered by typing");
		}
		return graded(card, this.matcher.grade(card.answerKey(), response), (response == null) ? "" : response, taken);
	}

	/** The option at {@code position} (0-based, in the order shown) of a choice card. */
	public Feedback choose(int position, Duration taken) {
		ShownCard card = expect(Stage.QUESTION);
		if (!card.card().format().hasOptions()) {
			throw new IllegalStateException("a " + card.card().format() + " card has no options");
		}
		if (position < 0 || position >= card.options().size()) {
			throw new IllegalArgumentException("there is no option " + (position + 1));
		}
		String chosen = card.options().get(position);
		return graded(card.card(), ChoiceGrader.grade(chosen, card.card().answer()), chosen, taken);
	}

	/** Shows a flashcard's answer; the learner then rates it. */
	public Feedback reveal(Duration taken) {
		StudyCard card = expect(Stage.QUESTION).card();
		this.taken = taken;
		this.feedback = new Feedback(card, Optional.empty(), "", false, Optional.empty(), Optional.empty());
		return this.feedback;
	}

	/** The learner counts an "almost" as right; the suggestion becomes a pass. */
	public Feedback acceptAlmost() {
		Feedback current = expectFeedback();
		if (current.verdict() != Verdict.ALMOST) {
			throw new IllegalStateException("only an “almost” answer can be counted as right");
		}
		this.feedback = current.acceptingAlmost(AutoRating.suggest(current.card().format(), Verdict.ALMOST, true,
				this.taken, current.card().answer(), isNew(current.card())));
		return this.feedback;
	}

	/** The learner picks (or changes) the rating to record. */
	public Feedback rate(Rating rating) {
		this.feedback = expectFeedback().withRating(rating);
		return this.feedback;
	}

	/**
	 * Records the answer through {@code recorder} and, once it has returned, moves to the
	 * next card. If the recorder throws, the session stays on this feedback so nothing is
	 * lost.
	 */
	public Optional<ShownCard> recordAndContinue(ReviewRecorder recorder) {
		Feedback current = expectFeedback();
		Rating rating = current.rating()
			.orElseThrow(() -> new IllegalStateException("choose a rating (1 to 4) before continuing"));
		recorder.record(new ReviewToRecord(current.card().questionId(), rating, this.taken, current.response(),
				current.countsAsRight()));
		this.recorded++;
		this.answered.push(this.index);
		this.feedback = null;
		this.index++;
		this.shown = showCurrent();
		return current();
	}

	/** Whether an answer of this session can be taken back. */
	public boolean canUndo() {
		return !this.answered.isEmpty();
	}

	/**
	 * Takes back the last recorded answer through {@code undoer} and shows its card again
	 * as a question; an answer given to the card now shown but not yet recorded is
	 * dropped. If the undoer throws, the session stays as it was.
	 */
	public ShownCard undoLast(ReviewUndoer undoer) {
		if (this.answered.isEmpty()) {
			throw new IllegalStateException("there is no answer to take back");
		}
		int position = this.answered.peek();
		undoer.undo(this.queue.get(position).questionId());
		this.answered.pop();
		this.recorded--;
		this.feedback = null;
		this.index = position;
		this.shown = showCurrent();
		return this.shown;
	}

	/**
	 * Takes the card now shown out of the session without an answer (it was suspended, or
	 * left for another time) and shows the next.
	 */
	public Optional<ShownCard> dropCurrent() {
		if (stage() == Stage.FINISHED) {
			throw new IllegalStateException("the session is finished");
		}
		this.queue.remove(this.index);
		this.feedback = null;
		this.shown = showCurrent();
		return current();
	}

	private Feedback graded(StudyCard card, Grade grade, String response, Duration taken) {
		this.taken = taken;
		Optional<Rating> suggested = AutoRating.suggest(card.format(), grade.verdict(), false, taken, card.answer(),
				isNew(card));
		this.feedback = new Feedback(card, Optional.of(grade), response, false, suggested, suggested);
		return this.feedback;
	}

	private boolean isNew(StudyCard card) {
		return this.newIds.contains(card.questionId());
	}

	private ShownCard expect(Stage stage) {
		if (stage() != stage) {
			throw new IllegalStateException("the session is at " + stage() + ", not " + stage);
		}
		return this.shown;
	}

	private Feedback expectFeedback() {
		expect(Stage.FEEDBACK);
		return this.feedback;
	}

	private ShownCard showCurrent() {
		if (this.index >= this.queue.size()) {
			return null;
		}
		StudyCard card = this.queue.get(this.index);
		List<String> options = new ArrayList<>(card.options());
		if (card.format() == QuestionFormat.MULTIPLE_CHOICE) {
			Collections.shuffle(options,
					new Random(this.seed * 31 + card.questionId().hashCode() * 17L + this.showings));
		}
		this.showings++;
		return new ShownCard(card, options, this.index + 1, this.queue.size());
	}

}
