package app.quarry.classroom.ui;

import app.quarry.bank.BankQuestion;
import app.quarry.bank.QuestionId;
import app.quarry.bank.QuestionLimits;
import app.quarry.bank.StoredQuestion;
import app.quarry.classroom.Actor;
import app.quarry.classroom.CurrentActor;
import app.quarry.classroom.QuestionReviewService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reviewing one question: its source sentence, an edit form (saving makes a new version),
 * approve / retire, and its version history.
 */
@Route(ClassroomRoutes.QUESTIONS + "/:questionId")
@PageTitle("Review a question · Quarry")
@RolesAllowed({ "TEACHER", "ADMIN" })
class QuestionEditView extends Main implements BeforeEnterObserver {

	private final QuestionReviewService review;

	private final CurrentActor actor;

	private String questionId = "";

	QuestionEditView(QuestionReviewService review, CurrentActor actor) {
		this.review = review;
		this.actor = actor;
		addClassName("page");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		this.questionId = event.getRouteParameters().get("questionId").orElse("");
		show();
	}

	private void show() {
		removeAll();
		Optional<StoredQuestion> found = Messages
			.attempt(() -> this.review.find(this.actor.get(), QuestionId.of(this.questionId)), Optional.empty());
		if (found.isEmpty()) {
			add(new H1("Question"), new Paragraph("There is no question " + this.questionId + "."));
			return;
		}
		StoredQuestion stored = found.get();
		BankQuestion q = stored.question();
		Paragraph status = new Paragraph(ShownLabels.type(q.type()) + " · " + ShownLabels.format(q.format()) + " · "
				+ ShownLabels.status(stored.status()) + " · version " + stored.version());
		status.setId("question-status");
		Paragraph source = new Paragraph("Source: " + q.source().sentence());
		TextArea prompt = new TextArea("Question");
		prompt.setValue(q.prompt());
		prompt.setWidthFull();
		TextField answer = new TextField("Answer", q.answer(), "");
		TextArea accepted = new TextArea("Accepted answers (one per line)");
		accepted.setValue(String.join("\n", q.accepted()));
		TextArea options = new TextArea("Options (one per line; choice questions only)");
		options.setValue(String.join("\n", q.options()));
		options.setEnabled(!q.options().isEmpty());
		// the same limits the bank checks on saving; the browser stops typing at them
		limit(prompt, QuestionLimits.PROMPT);
		answer.setMaxLength(QuestionLimits.ANSWER);
		answer.setHelperText("Up to " + QuestionLimits.ANSWER + " characters");
		limit(accepted, QuestionLimits.ANSWER_LINES);
		limit(options, QuestionLimits.ANSWER_LINES);
		Button save = new Button("Save as new version", click -> {
			StoredQuestion saved = Messages
				.attempt(() -> this.review.edit(this.actor.get(), stored.id(), stored.version(), prompt.getValue(),
						answer.getValue(), lines(accepted.getValue()), lines(options.getValue())), null);
			if (saved != null) {
				Messages.done("Saved as version " + saved.version() + ".");
				show();
			}
		});
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		Button approve = new Button("Approve", click -> {
			Messages.attempt(() -> this.review.approve(this.actor.get(), stored.id()), null);
			show();
		});
		approve.setId("approve");
		Button retire = new Button("Retire", click -> {
			Messages.attempt(() -> this.review.retire(this.actor.get(), stored.id()), null);
			show();
		});
		retire.addThemeVariants(ButtonVariant.LUMO_ERROR);
		Actor me = this.actor.get();
		add(new H1("Review a question"), status, source, prompt, answer, accepted, options,
				new HorizontalLayout(save, approve, retire), new H2("Versions"),
				new Paragraph("Attempts keep the version they showed; edits make a new one for later attempts."),
				new VersionHistoryGrid(this.review.history(me, stored.id()), me.zone()));
	}

	private static void limit(TextArea area, int characters) {
		area.setMaxLength(characters);
		area.setHelperText(
				"Up to " + characters + " characters" + (area.getLabel().contains("per line") ? " in all" : ""));
	}

	private static List<String> lines(String text) {
		return Arrays.stream(text.split("\n")).map(String::strip).filter(line -> !line.isEmpty()).toList();
	}

}
