package app.quarry.classroom.ui;

import app.quarry.classroom.AssignmentSummary;
import com.vaadin.flow.component.html.DescriptionList;
import java.time.Duration;
import java.time.ZoneId;

/** An assignment's settings as a list of terms and values, times in the reader's zone. */
class AssignmentSettings extends DescriptionList {

	AssignmentSettings(AssignmentSummary summary, ZoneId zone) {
		setId("assignment-settings");
		addClassName("assignment-settings");
		Duration limit = summary.window().timeLimit();
		item("Class", summary.className());
		item("Opens", ShownTimes.format(summary.window().opensAt(), zone));
		item("Due", ShownTimes.format(summary.window().dueAt(), zone));
		item("Time limit", (limit != null) ? limit.toMinutes() + " min" : "none");
		item("Attempts allowed", Integer.toString(summary.attemptsAllowed()));
		item("Grade from several attempts", summary.grading().label());
		item("Questions per student", summary.questionsPerStudent() + " of " + summary.poolSize());
		item("Shuffle questions", summary.shuffleQuestions() ? "yes" : "no");
		item("Shuffle options", summary.shuffleOptions() ? "yes" : "no");
		item("Show answers", summary.reveal().label());
	}

	private void item(String term, String value) {
		add(new Term(term), new Description(value));
	}

}
