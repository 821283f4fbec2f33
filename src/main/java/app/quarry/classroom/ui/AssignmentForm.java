package app.quarry.classroom.ui;

import app.quarry.classroom.AnswerReveal;
import app.quarry.classroom.AssignmentDraft;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;

/**
 * The fields of a new assignment. Questions are hand-picked by id (comma-separated) or
 * drawn from the approved questions matching the document/type/format filters.
 */
class AssignmentForm extends FormLayout {

	final TextField title = new TextField("Title");

	final DateTimePicker opens = new DateTimePicker("Opens (UTC)");

	final DateTimePicker due = new DateTimePicker("Due (UTC)");

	final IntegerField timeLimit = new IntegerField("Time limit (minutes, empty for none)");

	final IntegerField attempts = new IntegerField("Attempts allowed");

	final TextField questionIds = new TextField("Hand-picked question ids (comma-separated)");

	final TextField document = new TextField("Or draw from document id (empty = any)");

	final Select<String> type = new Select<>();

	final Select<String> format = new Select<>();

	final IntegerField drawCount = new IntegerField("Questions per student (0 = all)");

	final Checkbox shuffleQuestions = new Checkbox("Shuffle questions");

	final Checkbox shuffleOptions = new Checkbox("Shuffle options");

	final Select<AnswerReveal> reveal = new Select<>();

	AssignmentForm(Instant now) {
		LocalDateTime start = LocalDateTime.ofInstant(now.truncatedTo(ChronoUnit.MINUTES), ZoneOffset.UTC);
		this.title.setId("assignment-title");
		this.opens.setValue(start);
		this.due.setValue(start.plusDays(7));
		this.attempts.setValue(1);
		this.attempts.setMin(1);
		this.drawCount.setValue(10);
		this.drawCount.setId("assignment-draw");
		this.type.setLabel("Question type");
		this.type.setItems("", "date", "count", "quote", "person", "letter", "imported");
		this.type.setValue("");
		this.format.setLabel("Question format");
		this.format.setItems("", "multiple_choice", "true_false", "typed", "cloze", "flashcard");
		this.format.setValue("");
		this.format.setId("assignment-format");
		this.reveal.setLabel("Show answers");
		this.reveal.setItems(AnswerReveal.values());
		this.reveal.setItemLabelGenerator(AnswerReveal::label);
		this.reveal.setValue(AnswerReveal.AFTER_SUBMIT);
		add(this.title, this.opens, this.due, this.timeLimit, this.attempts, this.questionIds, this.document, this.type,
				this.format, this.drawCount, this.shuffleQuestions, this.shuffleOptions, this.reveal);
	}

	AssignmentDraft draft(long classId) {
		List<String> ids = Arrays.stream(this.questionIds.getValue().split("[,\\s]+"))
			.filter(id -> !id.isBlank())
			.toList();
		Integer limit = this.timeLimit.getValue();
		Integer count = this.drawCount.getValue();
		Integer allowed = this.attempts.getValue();
		return new AssignmentDraft(classId, this.title.getValue(), instant(this.opens), instant(this.due),
				(limit != null && limit > 0) ? Duration.ofMinutes(limit) : null, (allowed != null) ? allowed : 1, ids,
				this.document.getValue(), this.type.getValue(), this.format.getValue(), (count != null) ? count : 0,
				this.shuffleQuestions.getValue(), this.shuffleOptions.getValue(), this.reveal.getValue());
	}

	private static Instant instant(DateTimePicker picker) {
		LocalDateTime value = picker.getValue();
		return (value != null) ? value.toInstant(ZoneOffset.UTC) : Instant.EPOCH;
	}

}
