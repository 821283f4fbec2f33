package app.quarry.classroom.ui;

import app.quarry.bank.QuestionFormat;
import app.quarry.bank.QuestionType;
import app.quarry.classroom.Actor;
import app.quarry.classroom.AnswerReveal;
import app.quarry.classroom.AssignmentDetails;
import app.quarry.classroom.AssignmentDraft;
import app.quarry.classroom.AssignmentSummary;
import app.quarry.classroom.PickableQuestions;
import app.quarry.classroom.results.GradingPolicy;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The fields of a new assignment. Questions are hand-picked in a grid of approved
 * questions, or, when none is picked, drawn from the approved questions matching the
 * document/type/format filters. Times are entered and shown in the teacher's zone.
 */
class AssignmentForm extends FormLayout {

	final TextField title = new TextField("Title");

	final DateTimePicker opens = new DateTimePicker();

	final DateTimePicker due = new DateTimePicker();

	final IntegerField timeLimit = new IntegerField("Time limit (minutes, empty for none)");

	final IntegerField attempts = new IntegerField("Attempts allowed");

	final QuestionPicker picker;

	final Select<String> document = new Select<>();

	final Select<String> type = new Select<>();

	final Select<String> format = new Select<>();

	final IntegerField drawCount = new IntegerField("Questions per student (0 = all)");

	final Checkbox shuffleQuestions = new Checkbox("Shuffle questions");

	final Checkbox shuffleOptions = new Checkbox("Shuffle options");

	final Select<AnswerReveal> reveal = new Select<>();

	final Select<GradingPolicy> grading = new Select<>();

	private final ZoneId zone;

	/** The per-student count before picks set it to "all", restored when none is left. */
	private @Nullable Integer drawCountBeforePicks;

	AssignmentForm(Instant now, ZoneId zone, PickableQuestions questions, Actor teacher) {
		this.zone = zone;
		List<String> documents = questions.documents(teacher);
		this.picker = new QuestionPicker(questions, teacher, documents);
		LocalDateTime start = ShownTimes.local(now.truncatedTo(ChronoUnit.MINUTES), zone);
		this.title.setId("assignment-title");
		zoned(this.opens, "Opens", "assignment-opens");
		zoned(this.due, "Due", "assignment-due");
		this.opens.setValue(start);
		this.due.setValue(start.plusDays(7));
		this.attempts.setValue(1);
		this.attempts.setMin(1);
		this.attempts.setId("assignment-attempts");
		this.grading.setLabel("Grade from several attempts");
		this.grading.setId("assignment-grading");
		this.grading.setItems(GradingPolicy.values());
		this.grading.setItemLabelGenerator(GradingPolicy::label);
		this.grading.setValue(GradingPolicy.HIGHEST);
		this.grading.setHelperText("Which attempts make the grade when more than one is allowed.");
		this.drawCount.setValue(10);
		this.drawCount.setId("assignment-draw");
		this.document.setLabel("Or draw from document");
		this.document.setItems(QuestionPicker.choices(documents));
		this.document.setItemLabelGenerator(AssignmentForm::anyWhenEmpty);
		this.document.setValue("");
		this.type.setItemLabelGenerator(value -> ShownLabels.anyOr(value, ShownLabels::type));
		this.format.setItemLabelGenerator(value -> ShownLabels.anyOr(value, ShownLabels::format));
		this.type.setLabel("Question type");
		this.type.setItems(ShownLabels.anyAnd(QuestionType.values(), QuestionType::bankName));
		this.type.setValue("");
		this.format.setLabel("Question format");
		this.format.setItems(ShownLabels.anyAnd(QuestionFormat.values(), QuestionFormat::bankName));
		this.format.setValue("");
		this.format.setId("assignment-format");
		this.format.setHelperText("Any leaves out flashcards; choose them here to include them.");
		this.reveal.setLabel("Show answers");
		this.reveal.setItems(AnswerReveal.values());
		this.reveal.setItemLabelGenerator(AnswerReveal::label);
		this.reveal.setValue(AnswerReveal.AFTER_SUBMIT);
		this.picker.grid.asMultiSelect().addSelectionListener(change -> fitDrawCount());
		add(this.title, this.opens, this.due, this.timeLimit, this.attempts, this.grading, this.picker, this.document,
				this.type, this.format, this.drawCount, this.shuffleQuestions, this.shuffleOptions, this.reveal);
		setColspan(this.picker, 2);
	}

	/**
	 * A hand-picked set is usually given whole: never ask for more than were picked, and
	 * give the draw its count back when the picks are all undone.
	 */
	private void fitDrawCount() {
		Integer count = this.drawCount.getValue();
		int picked = this.picker.picked().size();
		if (picked > 0 && count != null && count > picked) {
			this.drawCountBeforePicks = count;
			this.drawCount.setValue(0);
		}
		else if (picked == 0 && this.drawCountBeforePicks != null && Integer.valueOf(0).equals(count)) {
			this.drawCount.setValue(this.drawCountBeforePicks);
			this.drawCountBeforePicks = null;
		}
	}

	private void zoned(DateTimePicker picker, String label, String id) {
		picker.setLabel(label + " (" + this.zone.getId() + ")");
		picker.setId(id);
		picker.addValueChangeListener(change -> picker.setHelperText((change.getValue() != null)
				? ShownTimes.format(ShownTimes.instant(change.getValue(), this.zone), this.zone) : null));
	}

	/** Shows an assignment's settings and questions, to edit it. */
	void fill(AssignmentDetails details) {
		AssignmentSummary summary = details.summary();
		this.title.setValue(summary.title());
		this.opens.setValue(ShownTimes.local(summary.window().opensAt(), this.zone));
		this.due.setValue(ShownTimes.local(summary.window().dueAt(), this.zone));
		Duration limit = summary.window().timeLimit();
		this.timeLimit.setValue((limit != null) ? (int) limit.toMinutes() : null);
		this.attempts.setValue(summary.attemptsAllowed());
		this.grading.setValue(summary.grading());
		this.picker.pick(details.questionIds());
		this.drawCount
			.setValue((summary.questionsPerStudent() >= summary.poolSize()) ? 0 : summary.questionsPerStudent());
		this.shuffleQuestions.setValue(summary.shuffleQuestions());
		this.shuffleOptions.setValue(summary.shuffleOptions());
		this.reveal.setValue(summary.reveal());
	}

	AssignmentDraft draft(long classId) {
		Integer limit = this.timeLimit.getValue();
		Integer count = this.drawCount.getValue();
		Integer allowed = this.attempts.getValue();
		return new AssignmentDraft(classId, this.title.getValue(), instant(this.opens), instant(this.due),
				(limit != null && limit > 0) ? Duration.ofMinutes(limit) : null, (allowed != null) ? allowed : 1,
				this.picker.picked(), this.document.getValue(), this.type.getValue(), this.format.getValue(),
				(count != null) ? count : 0, this.shuffleQuestions.getValue(), this.shuffleOptions.getValue(),
				this.reveal.getValue(), this.grading.getValue());
	}

	private static String anyWhenEmpty(String value) {
		return value.isEmpty() ? "Any" : value;
	}

	private Instant instant(DateTimePicker picker) {
		LocalDateTime value = picker.getValue();
		return (value != null) ? ShownTimes.instant(value, this.zone) : Instant.EPOCH;
	}

}
