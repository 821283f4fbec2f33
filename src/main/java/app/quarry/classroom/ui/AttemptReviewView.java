package app.quarry.classroom.ui;

import app.quarry.classroom.AttemptReview;
import app.quarry.classroom.AttemptReviewService;
import app.quarry.classroom.ClassroomAccessDenied;
import app.quarry.classroom.ClassroomRefusal;
import app.quarry.classroom.CurrentActor;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;

/**
 * A student's review of one of their closed attempts: every answer they gave and, as the
 * assignment's "show answers" setting allows, the right answers, the marks (with any
 * change the teacher made, and why) and the score.
 */
@Route("attempt/:attemptId/review")
@PageTitle("Attempt review · Quarry")
@PermitAll
class AttemptReviewView extends Main implements BeforeEnterObserver {

	private final AttemptReviewService reviews;

	private final CurrentActor actor;

	AttemptReviewView(AttemptReviewService reviews, CurrentActor actor) {
		this.reviews = reviews;
		this.actor = actor;
		addClassName("page");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		long attemptId = event.getRouteParameters().getLong("attemptId").orElse(-1L);
		removeAll();
		Anchor back = new Anchor(ClassroomRoutes.ASSIGNMENTS, "Back to assignments");
		AttemptReview review;
		ZoneId zone;
		try {
			zone = this.actor.get().zone();
			review = this.reviews.review(this.actor.get(), attemptId);
		}
		catch (ClassroomAccessDenied | ClassroomRefusal ex) {
			Paragraph refused = new Paragraph(ex.getMessage());
			refused.setId("refusal");
			add(new H1("Attempt review"), refused, back);
			return;
		}
		add(new H1(review.title() + ": attempt " + review.number()));
		Paragraph outcome = new Paragraph(outcome(review, zone));
		outcome.setId("review-outcome");
		add(outcome);
		int count = review.answers().size();
		review.answers().forEach(answer -> add(new AnswerCard(answer, count, "Your", zone)));
		add(back);
	}

	static String outcome(AttemptReview review, ZoneId zone) {
		String closed = (review.ranOut() ? "Closed when the time ran out, " : "Submitted ")
				+ ShownTimes.format(review.closedAt(), zone) + ".";
		Double score = review.score();
		if (score == null) {
			return closed + " The right answers and your score are shown after the due time.";
		}
		int count = review.answers().size();
		return closed + " Score: " + AnswerCard.number(score) + " of " + count + " ("
				+ ResultsView.percent((count == 0) ? 0 : score / count) + ").";
	}

}
