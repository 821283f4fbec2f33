package app.quarry.bank.ui;

import app.quarry.bank.QuestionType;
import app.quarry.bank.QuestionFormat;
import app.quarry.bank.QuestionBrowser;
import app.quarry.bank.QuestionFilter;
import app.quarry.bank.StoredQuestion;
import app.quarry.corpus.CorpusService;
import app.quarry.corpus.DocumentTitle;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * The question bank: a lazy grid filtered by type, format, document and text, of the
 * questions the viewer may see ({@link QuestionBrowser}: all of them for a teacher, those
 * met in study or a closed quiz for a learner).
 */
@Route("questions")
@PageTitle("Question bank")
@Menu(order = 10, title = "Question bank")
@PermitAll
class QuestionBankView extends VerticalLayout {

	final ComboBox<String> type = new ComboBox<>("Type",
			java.util.Arrays.stream(QuestionType.values()).map(QuestionType::bankName).toList());

	final ComboBox<String> format = new ComboBox<>("Format",
			java.util.Arrays.stream(QuestionFormat.values()).map(QuestionFormat::bankName).toList());

	final ComboBox<String> document = new ComboBox<>("Document");

	final TextField search = new TextField("Search");

	final Grid<StoredQuestion> grid = new Grid<>();

	private final QuestionBrowser bank;

	QuestionBankView(QuestionBrowser bank, CorpusService corpus) {
		this.bank = bank;
		this.document.setItems(corpus.titles().stream().map(DocumentTitle::id).toList());
		this.search.setValueChangeMode(ValueChangeMode.LAZY);
		this.search.setClearButtonVisible(true);
		this.grid.addColumn(q -> q.question().type()).setHeader("Type").setAutoWidth(true);
		this.grid.addColumn(q -> q.question().format()).setHeader("Format").setAutoWidth(true);
		this.grid.addColumn(q -> q.question().prompt()).setHeader("Prompt").setFlexGrow(3);
		this.grid.addColumn(q -> q.question().answer()).setHeader("Answer").setFlexGrow(1);
		this.grid.addColumn(q -> q.question().source().document()).setHeader("Document").setAutoWidth(true);
		this.grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(QuestionDetailView.class,
				new com.vaadin.flow.router.RouteParameters("id", e.getItem().question().id()))));
		this.type.addValueChangeListener(e -> refresh());
		this.format.addValueChangeListener(e -> refresh());
		this.document.addValueChangeListener(e -> refresh());
		this.search.addValueChangeListener(e -> refresh());
		refresh();
		add(new H2("Question bank"));
		if (!bank.seesEverything()) {
			add(new Paragraph("The questions you have answered in study, and those of your quizzes once their"
					+ " answers are out. The others appear here as you meet them."));
		}
		add(new HorizontalLayout(this.type, this.format, this.document, this.search), this.grid);
		setSizeFull();
	}

	QuestionFilter filter() {
		return new QuestionFilter(this.type.getValue(), this.format.getValue(), this.document.getValue(),
				this.search.getValue());
	}

	private void refresh() {
		QuestionFilter filter = filter();
		this.grid.setItems(query -> this.bank.search(filter, query.getPage(), query.getPageSize()).stream(),
				query -> (int) this.bank.count(filter));
	}

}
