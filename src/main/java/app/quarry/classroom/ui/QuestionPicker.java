package app.quarry.classroom.ui;

import app.quarry.bank.Siblings;
import app.quarry.classroom.QuizQuestion;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dataview.GridListDataView;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Hand-picking an assignment's questions: the approved questions in a grid with a
 * checkbox per row, narrowed by document, type, format and text. Picks are kept while the
 * filters change, in the order they were made, and counted beside the grid.
 */
class QuestionPicker extends VerticalLayout {

	final Select<String> document = filter("Pick from document", "picker-document");

	final Select<String> type = filter("Pick type", "picker-type");

	final Select<String> format = filter("Pick format", "picker-format");

	final TextField text = new TextField("Search question text");

	final Grid<QuizQuestion> grid = new Grid<>();

	final Span count = new Span();

	private final LinkedHashSet<String> picked = new LinkedHashSet<>();

	private final List<QuizQuestion> approved;

	private final GridListDataView<QuizQuestion> view;

	QuestionPicker(List<QuizQuestion> approved) {
		this.approved = List.copyOf(approved);
		setPadding(false);
		this.document.setItems(choices(approved, QuizQuestion::document));
		this.type.setItems(choices(approved, QuizQuestion::type));
		this.type.setItemLabelGenerator(value -> ShownLabels.anyOr(value, ShownLabels::type));
		this.format.setItems(choices(approved, QuizQuestion::format));
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
		this.view = this.grid.setItems(approved);
		this.view.setFilter(this::shown);
		this.text.addValueChangeListener(change -> this.view.refreshAll());
		this.document.setValue("");
		this.type.setValue("");
		this.format.setValue("");
		this.grid.asMultiSelect().addSelectionListener(change -> {
			change.getRemovedSelection().forEach(q -> this.picked.remove(q.id()));
			change.getAddedSelection().forEach(q -> this.picked.add(q.id()));
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
		List<QuizQuestion> items = this.view.getItems().toList();
		for (String id : ids) {
			items.stream().filter(q -> q.id().equals(id)).findFirst().ifPresent(this.grid::select);
		}
	}

	/** The ids picked, in the order they were picked. */
	List<String> picked() {
		return new ArrayList<>(this.picked);
	}

	private boolean shown(QuizQuestion q) {
		String words = this.text.getValue().strip().toLowerCase(Locale.ROOT);
		return matches(this.document, q.document()) && matches(this.type, q.type()) && matches(this.format, q.format())
				&& (words.isEmpty() || q.prompt().toLowerCase(Locale.ROOT).contains(words));
	}

	private static boolean matches(Select<String> filter, String value) {
		String wanted = filter.getValue();
		return wanted == null || wanted.isEmpty() || wanted.equals(value);
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
		List<QuizQuestion> pickedQuestions = this.approved.stream().filter(q -> this.picked.contains(q.id())).toList();
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

	static List<String> choices(List<QuizQuestion> approved, Function<QuizQuestion, String> field) {
		List<String> choices = new ArrayList<>(List.of(""));
		choices.addAll(new TreeSet<>(approved.stream().map(field).toList()));
		return choices;
	}

}
