package app.quarry.classroom.ui;

import app.quarry.classroom.AttemptView;
import app.quarry.classroom.TimeZones;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * The top of the quiz page, kept in sight while the student scrolls (see the
 * {@code quiz-status} style): how many questions are answered, and either the time left
 * or how the attempt closed and its score.
 */
class QuizStatus extends Div {

	private final Paragraph progress = new Paragraph();

	private final ProgressBar bar = new ProgressBar();

	private final Span timer = new Span();

	private final Paragraph closed = new Paragraph();

	private @Nullable Instant deadline;

	private ZoneId zone = TimeZones.UTC;

	private final Runnable timeUp;

	private boolean timeUpTold;

	/**
	 * @param timeUp called once when the time of an open attempt runs out
	 */
	QuizStatus(Runnable timeUp) {
		this.timeUp = timeUp;
		addClassName("quiz-status");
		this.progress.setId("quiz-progress");
		this.bar.getElement().setAttribute("aria-label", "Answered questions");
		this.timer.setId("quiz-timer");
		this.timer.addClassName("quiz-timer");
		this.closed.setId("quiz-closed");
		add(this.progress, this.bar);
	}

	/**
	 * Shows the attempt: the timer while it is open, the outcome once closed; times in
	 * the reader's zone.
	 */
	void show(AttemptView view, Instant now, ZoneId readersZone) {
		this.zone = readersZone;
		int count = view.questions().size();
		this.bar.setMax(Math.max(1, count));
		answered(view);
		remove(this.timer, this.closed);
		if (view.open()) {
			this.deadline = view.deadline();
			this.timeUpTold = false;
			tick(now);
			add(this.timer);
		}
		else {
			this.deadline = null;
			// a submit at or after the deadline is refused, so closing at it means the
			// time ran out
			String how = view.deadline().equals(view.closedAt()) ? "Closed when the time ran out." : "Submitted.";
			String score = (view.score() != null) ? " Score: " + format(view.score()) + " of " + count + "."
					: " Your score is shown when answers are released.";
			this.closed.setText(how + score);
			add(this.closed);
		}
	}

	/** Whether the time of the shown open attempt has run out. */
	boolean timeIsUp() {
		return this.timeUpTold;
	}

	/** Whether a timer is counting down (the page then polls for it). */
	boolean timed() {
		return this.deadline != null;
	}

	void answered(AttemptView view) {
		this.progress.setText(view.answeredCount() + " of " + view.questions().size() + " answered");
		this.bar.setValue(view.answeredCount());
	}

	void tick(Instant now) {
		if (this.deadline == null) {
			return;
		}
		Duration left = Duration.between(now, this.deadline);
		if (left.isNegative() || left.isZero()) {
			this.timer.setText("Time is up; answers are no longer accepted.");
			if (!this.timeUpTold) {
				this.timeUpTold = true;
				this.timeUp.run();
			}
			return;
		}
		long minutes = left.toMinutes();
		this.timer.setText((minutes >= 120) ? "Open until " + ShownTimes.format(this.deadline, this.zone)
				: "Time left: " + minutes + " min " + left.toSecondsPart() + " s");
	}

	private static String format(double score) {
		return (score == Math.rint(score)) ? Long.toString((long) score) : Double.toString(score);
	}

}
