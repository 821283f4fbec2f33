package app.quarry.classroom.ui;

import app.quarry.classroom.AttemptReview;
import app.quarry.classroom.AttemptReviewService;
import app.quarry.classroom.ClassroomAccessDenied;
import app.quarry.classroom.ClassroomRefusal;
import app.quarry.classroom.CurrentActor;
import app.quarry.classroom.ReviewedAnswer;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;

/**
 * What one student answered in one closed attempt, for the teacher: each answer beside
 * the right one with its mark, a way to change a mark with a reason, and the record of
 * every change.
 */
@Route("teach/attempts/:attemptId")
@PageTitle("Student answers · Quarry")
@RolesAllowed({ "TEACHER", "ADMIN" })
class AttemptResponsesView extends Main implements BeforeEnterObserver {

	private final AttemptReviewService reviews;

	private final CurrentActor actor;

	private long attemptId;

	AttemptResponsesView(AttemptReviewService reviews, CurrentActor actor) {
		this.reviews = reviews;
		this.actor = actor;
		addClassName("page");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		this.attemptId = event.getRouteParameters().getLong("attemptId").orElse(-1L);
		try {
			show(this.reviews.responses(this.actor.get(), this.attemptId));
		}
		catch (ClassroomAccessDenied | ClassroomRefusal ex) {
			removeAll();
			Paragraph refused = new Paragraph(ex.getMessage());
			refused.setId("refusal");
			add(new H1("Student answers"), refused);
		}
	}

	private void show(AttemptReview review) {
		removeAll();
		ZoneId zone = this.actor.get().zone();
		String login = review.studentLogin().isEmpty() ? "" : " (" + review.studentLogin() + ")";
		add(new H1(review.student() + login + ": " + review.title() + ", attempt " + review.number()));
		Paragraph outcome = new Paragraph(
				"Started " + ShownTimes.format(review.startedAt(), zone) + ". " + outcome(review, zone));
		outcome.setId("responses-outcome");
		Anchor results = new Anchor(ClassroomRoutes.results(review.assignmentId()), "Back to the results");
		add(outcome, results);
		int count = review.answers().size();
		for (ReviewedAnswer answer : review.answers()) {
			AnswerCard card = new AnswerCard(answer, count, "Student's", zone);
			Button change = new Button("Change mark", click -> openMarkDialog(answer));
			change.setId("change-mark-" + answer.position());
			change.addThemeVariants(ButtonVariant.LUMO_SMALL);
			card.add(change);
			add(card);
		}
	}

	private static String outcome(AttemptReview review, ZoneId zone) {
		return AttemptReviewView.outcome(review, zone);
	}

	private void openMarkDialog(ReviewedAnswer answer) {
		MarkDialog[] dialog = new MarkDialog[1];
		dialog[0] = new MarkDialog(answer, (mark, reason) -> {
			AttemptReview changed = Messages.attempt(
					() -> this.reviews.changeMark(this.actor.get(), this.attemptId, answer.position(), mark, reason),
					null);
			if (changed != null) {
				dialog[0].close();
				Messages.done("Mark of question " + (answer.position() + 1) + " changed.");
				show(changed);
			}
		});
		dialog[0].open();
	}

}
