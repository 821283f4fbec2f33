package app.quarry.study.ui;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;

import app.quarry.bank.grading.Verdict;
import app.quarry.study.Feedback;
import app.quarry.study.IntervalText;
import app.quarry.study.Rating;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * The answer side: right, wrong or almost and why, the correct answer, the source
 * sentence (as text) with a link to it in its document, and the four rating buttons with
 * the interval each would give.
 */
class FeedbackPanel extends Div {

	private final Map<Rating, Button> ratingButtons = new EnumMap<>(Rating.class);

	private final Div verdict = new Div();

	FeedbackPanel(Feedback feedback, Map<Rating, Duration> preview, String sentenceLink, Runnable acceptAlmost,
			Consumer<Rating> rate, Runnable next) {
		addClassName("study-feedback");
		getElement().setAttribute("role", "region");
		getElement().setAttribute("aria-label", "Answer");
		this.verdict.addClassName("study-verdict");
		this.verdict.getElement().setAttribute("role", "status");
		this.verdict.getElement().setAttribute("tabindex", "-1");
		add(this.verdict);
		showVerdict(feedback, acceptAlmost);
		Paragraph answer = new Paragraph();
		answer.add(new Span("Answer: "));
		Span answerText = new Span(feedback.card().answer());
		answerText.addClassName("study-answer");
		answer.add(answerText);
		Paragraph sentence = new Paragraph();
		sentence.setText(feedback.card().sourceSentence());
		sentence.addClassName("study-source");
		Anchor open = new Anchor(sentenceLink, "Open in “" + feedback.card().documentTitle() + "”");
		open.setTarget(AnchorTarget.BLANK);
		open.addClassName("study-source-link");
		add(answer, sentence, open, ratings(feedback, preview, rate, next));
		markRating(feedback);
	}

	private void showVerdict(Feedback feedback, Runnable acceptAlmost) {
		this.verdict.removeAll();
		if (feedback.grade().isEmpty()) {
			this.verdict.setText("How well did you remember it?");
			return;
		}
		Verdict value = feedback.grade().get().verdict();
		String title = switch (value) {
			case CORRECT -> "Right";
			case WRONG -> "Wrong";
			case ALMOST -> feedback.almostAccepted() ? "Counted as right" : "Almost";
		};
		this.verdict.getElement().setAttribute("data-verdict", value.name().toLowerCase(java.util.Locale.ROOT));
		Span heading = new Span(title);
		heading.addClassName("study-verdict-title");
		Span reason = new Span(" — " + feedback.grade().get().reason());
		this.verdict.add(heading, reason);
		if (!feedback.response().isEmpty()) {
			Span yours = new Span();
			yours.setText("You answered: " + feedback.response());
			yours.addClassName("study-response");
			this.verdict.add(yours);
		}
		if (value == Verdict.ALMOST && !feedback.almostAccepted()) {
			Button accept = QuestionPanel.button("Count it as right", "A", acceptAlmost, false);
			accept.addClassName("study-accept");
			this.verdict.add(accept);
		}
	}

	private Div ratings(Feedback feedback, Map<Rating, Duration> preview, Consumer<Rating> rate, Runnable next) {
		Div row = new Div();
		row.addClassName("study-ratings");
		row.getElement().setAttribute("role", "group");
		row.getElement().setAttribute("aria-label", "Rating");
		for (Rating rating : Rating.values()) {
			Duration interval = preview.getOrDefault(rating, Duration.ZERO);
			Button button = new Button(rating.label(), click -> rate.accept(rating));
			Span when = new Span(" " + IntervalText.of(interval));
			when.addClassName("study-interval");
			button.getElement().appendChild(when.getElement());
			button.setAriaLabel(
					rating.label() + ", next in " + IntervalText.spoken(interval) + " (key " + rating.number() + ")");
			button.getElement().setAttribute("aria-keyshortcuts", Integer.toString(rating.number()));
			button.addClassName("study-rating");
			button.addClassName("rating-" + rating.name().toLowerCase(java.util.Locale.ROOT));
			this.ratingButtons.put(rating, button);
			row.add(button);
		}
		if (feedback.card().format().isObjective()) {
			Button continueButton = QuestionPanel.button("Continue", "Enter", next, true);
			continueButton.addClassName("study-continue");
			row.add(continueButton);
		}
		return row;
	}

	/** Shows which rating will be recorded: pressed, and in the primary style. */
	void markRating(Feedback feedback) {
		this.ratingButtons.forEach((rating, button) -> {
			boolean chosen = feedback.rating().filter(rating::equals).isPresent();
			button.getElement().setAttribute("aria-pressed", Boolean.toString(chosen));
			if (chosen) {
				button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
			}
			else {
				button.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
			}
		});
	}

	void refresh(Feedback feedback, Runnable acceptAlmost) {
		showVerdict(feedback, acceptAlmost);
		markRating(feedback);
	}

	Button ratingButton(Rating rating) {
		return this.ratingButtons.get(rating);
	}

	void focusVerdict() {
		this.verdict.getElement().callJsFunction("focus");
	}

}
