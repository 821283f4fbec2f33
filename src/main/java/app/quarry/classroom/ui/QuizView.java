package app.quarry.classroom.ui;

import app.quarry.classroom.AttemptService;
import app.quarry.classroom.AttemptView;
import app.quarry.classroom.ClassroomAccessDenied;
import app.quarry.classroom.ClassroomRefusal;
import app.quarry.classroom.CurrentActor;
import app.quarry.classroom.TimeZones;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * Taking an assignment: every answer is saved as it is given, so a reload shows the
 * attempt as it was; a timer counts down to the deadline (time limit or due time,
 * whichever is first).
 */
@Route("attempt/:attemptId")
@PageTitle("Assignment · Quarry")
@PermitAll
class QuizView extends Main implements BeforeEnterObserver {

	private final AttemptService attempts;

	private final CurrentActor actor;

	private final Clock clock;

	private long attemptId;

	private @Nullable Span timer;

	private @Nullable Instant deadline;

	private ZoneId zone = TimeZones.UTC;

	QuizView(AttemptService attempts, CurrentActor actor, Clock clock) {
		this.attempts = attempts;
		this.actor = actor;
		this.clock = clock;
		addClassName("page");
		addAttachListener(attach -> attach.getUI().addPollListener(poll -> tick()));
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		this.attemptId = event.getRouteParameters().getLong("attemptId").orElse(-1L);
		try {
			this.zone = this.actor.get().zone();
			show(this.attempts.view(this.actor.get(), this.attemptId));
		}
		catch (ClassroomAccessDenied | ClassroomRefusal ex) {
			removeAll();
			add(new H1("Assignment"), new Paragraph(ex.getMessage()));
		}
	}

	private void show(AttemptView view) {
		removeAll();
		int count = view.questions().size();
		add(new H1(view.title()));
		Paragraph progress = new Paragraph(view.answeredCount() + " of " + count + " answered");
		progress.setId("quiz-progress");
		ProgressBar bar = new ProgressBar(0, Math.max(1, count), view.answeredCount());
		bar.getElement().setAttribute("aria-label", "Answered questions");
		add(progress, bar);
		if (view.open()) {
			this.deadline = view.deadline();
			this.timer = new Span();
			this.timer.setId("quiz-timer");
			tick();
			add(this.timer);
			getUI().ifPresent(ui -> ui.setPollInterval(1000));
		}
		else {
			String score = (view.score() != null) ? " Score: " + format(view.score()) + " of " + count + "."
					: " Your score is shown when answers are released.";
			Paragraph closed = new Paragraph("Submitted." + score);
			closed.setId("quiz-closed");
			add(closed);
		}
		view.questions()
			.forEach(q -> add(
					new QuizQuestionCard(q, count, view.open(), (position, answer) -> save(position, answer))));
		if (view.open()) {
			Button submit = new Button("Submit", click -> {
				try {
					show(this.attempts.submit(this.actor.get(), this.attemptId));
				}
				catch (ClassroomRefusal ex) {
					Messages.error(ex.getMessage());
					show(this.attempts.view(this.actor.get(), this.attemptId));
				}
			});
			submit.setId("quiz-submit");
			submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
			add(submit);
		}
	}

	private void save(int position, String answer) {
		try {
			AttemptView view = this.attempts.answer(this.actor.get(), this.attemptId, position, answer);
			if (view.questions().get(position).verdict() != null) {
				show(view);
			}
			else {
				getChildren().filter(c -> "quiz-progress".equals(c.getId().orElse("")))
					.findFirst()
					.ifPresent(p -> ((Paragraph) p)
						.setText(view.answeredCount() + " of " + view.questions().size() + " answered"));
			}
		}
		catch (ClassroomRefusal ex) {
			Messages.error(ex.getMessage());
			show(this.attempts.view(this.actor.get(), this.attemptId));
		}
	}

	private void tick() {
		if (this.timer == null || this.deadline == null) {
			return;
		}
		Duration left = Duration.between(this.clock.instant(), this.deadline);
		if (left.isNegative() || left.isZero()) {
			this.timer.setText("Time is up; answers are no longer accepted.");
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
