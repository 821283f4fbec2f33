package app.quarry.classroom.ui;

import app.quarry.bank.grading.Verdict;
import app.quarry.classroom.MarkOverride;
import app.quarry.classroom.ReviewedAnswer;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.ZoneId;
import java.util.Locale;

/**
 * One answered question of a closed attempt, as text: the prompt, the choices, what was
 * answered and, when shown, the right answer, the mark and every change a teacher made to
 * it.
 */
class AnswerCard extends Div {

	AnswerCard(ReviewedAnswer answer, int count, String whose, ZoneId zone) {
		addClassName("quiz-question");
		setId("answer-" + answer.position());
		add(new H3("Question " + (answer.position() + 1) + " of " + count));
		Paragraph prompt = new Paragraph(answer.prompt());
		prompt.addClassName("quiz-prompt");
		add(prompt);
		if (!answer.options().isEmpty()) {
			UnorderedList options = new UnorderedList();
			answer.options().forEach(option -> options.add(new ListItem(option)));
			add(options);
		}
		Div outcome = new Div();
		outcome.addClassName("study-verdict");
		Verdict verdict = answer.verdict();
		if (verdict != null) {
			outcome.getElement().setAttribute("data-verdict", verdict.name().toLowerCase(Locale.ROOT));
			Span title = new Span(switch (verdict) {
				case CORRECT -> "Right";
				case ALMOST -> "Almost";
				case WRONG -> "Wrong";
			});
			title.addClassName("study-verdict-title");
			outcome.add(title);
		}
		Span response = new Span(whose + " answer: " + ((answer.response() != null) ? answer.response() : "none"));
		response.addClassName("study-response");
		response.setId("response-" + answer.position());
		outcome.add(response);
		if (answer.correctAnswer() != null) {
			Span right = new Span("Right answer: " + answer.correctAnswer());
			right.addClassName("study-response");
			right.setId("right-" + answer.position());
			outcome.add(right);
		}
		if (answer.mark() != null) {
			Span mark = new Span("Mark: " + number(answer.mark()) + " of 1");
			mark.setId("mark-" + answer.position());
			outcome.add(mark);
		}
		add(outcome);
		for (MarkOverride change : answer.overrides()) {
			Paragraph logged = new Paragraph("Mark changed from "
					+ ((change.from() != null) ? number(change.from()) : "none") + " to " + number(change.to()) + " by "
					+ change.teacher() + ", " + ShownTimes.format(change.at(), zone) + ": " + change.reason());
			logged.addClassName("mark-change");
			add(logged);
		}
	}

	static String number(double value) {
		return (value == Math.rint(value)) ? Long.toString((long) value)
				: String.format(Locale.ROOT, "%.2f", value).replaceAll("0+$", "");
	}

}
