package app.quarry.classroom.ui;

import app.quarry.bank.QuestionFilter;
import app.quarry.bank.QuestionFormat;
import app.quarry.bank.QuestionType;
import app.quarry.bank.Siblings;
import app.quarry.classroom.Actor;
import app.quarry.classroom.PickableQuestions;
import app.quarry.classroom.QuizQuestion;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dataview.GridLazyDataView;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Hand-picking an assignment's questions: the approved questions in a grid with a
 * checkbox per row, narrowed by document, type, format and text, and read from the bank a
 * page at a time as the grid scrolls (the bank can hold thousands). Picks are kept while
 * the filters change, in the order they were made, and counted beside the grid.
 */
class QuestionPicker extends VerticalLayout {

	final Select<String> document = filter("Pick from document", "picker-document");

	final Select<String> type = filter("Pick type", "picker-type");

	final Select<String> format = filter("Pick format", "picker-format");

	final TextField text = new TextField("Search questions and answers");

	final Grid<QuizQuestion> grid = new Grid<>();

	final Span count = new Span();

	/**
	 * The picks in the order made, with their questions: the sibling warning reads them.
	 */
	private final LinkedHashMap<String, QuizQuestion> picked = new LinkedHashMap<>();

	private final PickableQuestions questions;

	private final Actor teacher;

	private final GridLazyDataView<QuizQuestion> view;

	/**
	 * @param documents the documents approved questions come from, offered as a filter
	 */
	QuestionPicker(PickableQuestions questions, Actor teacher, List<String> documents) {
		this.questions = questions;
		this.teacher = teacher;
		setPadding(false);
		this.document.setItems(choices(documents));
		this.type.setItems(ShownLabels.anyAnd(QuestionType.values(), QuestionType::bankName));
		this.type.setItemLabelGenerator(value -> ShownLabels.anyOr(value, ShownLabels::type));
		this.format.setItems(ShownLabels.anyAnd(QuestionFormat.values(), QuestionFormat::bankName));
		this.format.setItemLabelGenerator(value -> ShownLabels.anyOr(value, ShownLabels::format));
		this.text.setId("picker-text");
		this.text.setClearButtonVisible(true);
		this.text.setValueChangeMode(ValueChangeMode.LAZY);
		this.grid.setId("question-picker");
		this.grid.setSelectionMode(Grid.SelectionMode.MULTI);
		// questions are long: their text wraps rather than being cut to a word on a phone
		this.grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
		this.grid.addColumn(QuizQuestion::prompt).setHeader("Question").setFlexGrow(4).setWidth("12em");
		this.grid.addColumn(q -> ShownLabels.type(q.type())).setHeader("Type").setAutoWidth(true);
		this.grid.addColumn(q -> ShownLabels.format(q.format())).setHeader("Format").setAutoWidth(true);
		this.grid.addColumn(QuizQuestion::document).setHeader("Document").setFlexGrow(1).setWidth("8em");
		this.grid.setHeight("22em");
		// the filters are read at each query, so that a change only asks the grid to read
		// again: setting new items would drop the picks
		this.view = this.grid.setItems(
				query -> this.questions.page(this.teacher, shown(), query.getPage(), query.getPageSize()).stream(),
				query -> (int) this.questions.count(this.teacher, shown()));
		// a question stays picked while the page holding it is read again
		this.view.setIdentifierProvider(QuizQuestion::id);
		this.text.addValueChangeListener(change -> this.view.refreshAll());
		this.document.setValue("");
		this.type.setValue("");
		this.format.setValue("");
		this.grid.asMultiSelect().addSelectionListener(change -> {
			change.getRemovedSelection().forEach(q -> this.picked.remove(q.id()));
			change.getAddedSelection().forEach(q -> this.picked.putIfAbsent(q.id(), q));
			showCount();
		});
		this.count.setId("picked-count");
		showCount();
		HorizontalLayout filters = new HorizontalLayout(this.document, this.type, this.format, this.text);
		filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
		filters.setWrap(true);
		add(filters, this.grid, this.count);
	}

	/**
	 * Picks these questions (those still approved), as an assignment being edited had.
	 */
	void pick(List<String> ids) {
		this.questions.among(this.teacher, ids).forEach(this.grid::select);
	}

	/** The ids picked, in the order they were picked. */
	List<String> picked() {
		return new ArrayList<>(this.picked.keySet());
	}

	/** The filters as the bank reads them: a blank one is any. */
	private QuestionFilter shown() {
		return new QuestionFilter(this.type.getValue(), this.format.getValue(), this.document.getValue(),
				this.text.getValue());
	}

	private void showCount() {
		this.count.setText((this.picked.isEmpty()) ? "No questions picked: they are drawn by the filters below."
				: this.picked.size() + " picked" + siblingWarning());
	}

	/**
	 * Picks that are cards of one fact are allowed (a teacher may want the same fact
	 * asked twice) but said, since one shows the other's answer.
	 */
	private String siblingWarning() {
		List<QuizQuestion> pickedQuestions = List.copyOf(this.picked.values());
		int together = Siblings.groupsOfSiblings(pickedQuestions, QuizQuestion::fact)
			.stream()
			.mapToInt(List::size)
			.sum();
		return (together == 0) ? ""
				: " · " + together + " of them are cards of the same fact and give each other's answer away";
	}

	private Select<String> filter(String label, String id) {
		Select<String> select = new Select<>();
		select.setLabel(label);
		select.setId(id);
		select.setItemLabelGenerator(value -> value.isEmpty() ? "Any" : value);
		select.addValueChangeListener(change -> this.view.refreshAll());
		return select;
	}

	/** "Any" (the empty choice), then these. */
	static List<String> choices(List<String> values) {
		List<String> choices = new ArrayList<>(List.of(""));
		choices.addAll(values);
		return choices;
	}

}
