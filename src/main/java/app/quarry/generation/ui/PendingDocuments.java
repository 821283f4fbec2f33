package app.quarry.generation.ui;

import app.quarry.generation.upload.CheckedFile;
import app.quarry.generation.upload.NewDocument;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;

/**
 * The files that passed the checks and wait to be added, each with its title and date for
 * the teacher to correct.
 */
class PendingDocuments extends Div {

	private final List<Row> rows = new ArrayList<>();

	private final Runnable changed;

	PendingDocuments(Runnable changed) {
		this.changed = changed;
		setId("pending-documents");
	}

	void add(CheckedFile file) {
		Row row = new Row(file, this.rows.size());
		this.rows.add(row);
		add(row.layout);
		this.changed.run();
	}

	boolean isEmpty() {
		return this.rows.isEmpty();
	}

	int size() {
		return this.rows.size();
	}

	List<NewDocument> documents() {
		return this.rows.stream()
			.map(r -> new NewDocument(r.file.fileName(), r.file.bytes(), r.title.getValue(), r.date.getValue()))
			.toList();
	}

	void clear() {
		this.rows.clear();
		removeAll();
		this.changed.run();
	}

	private final class Row {

		final CheckedFile file;

		final TextField title = new TextField("Title");

		final DatePicker date = new DatePicker("Date of the document");

		final HorizontalLayout layout = new HorizontalLayout();

		Row(CheckedFile file, int index) {
			this.file = file;
			this.title.setValue(file.title());
			this.title.setRequired(true);
			this.title.setMaxLength(300);
			this.title.setHelperText("From " + file.fileName());
			this.title.setId("document-title-" + index);
			this.title.getStyle().set("flex", "1 1 20rem");
			DatePicker.DatePickerI18n iso = new DatePicker.DatePickerI18n();
			iso.setDateFormat("yyyy-MM-dd");
			this.date.setI18n(iso);
			this.date.setPlaceholder("yyyy-mm-dd");
			this.date.setValue(file.date());
			this.date.setHelperText("Relative dates in the text are read from this day");
			this.date.setId("document-date-" + index);
			this.date.setWidth("15rem");
			Button remove = new Button("Remove", click -> {
				PendingDocuments.this.rows.remove(this);
				PendingDocuments.this.remove(this.layout);
				PendingDocuments.this.changed.run();
			});
			remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
			remove.setAriaLabel("Remove " + file.fileName());
			this.layout.add(this.title, this.date, remove);
			this.layout.setAlignItems(FlexComponent.Alignment.BASELINE);
			this.layout.setWrap(true);
			this.layout.setWidthFull();
		}

	}

}
