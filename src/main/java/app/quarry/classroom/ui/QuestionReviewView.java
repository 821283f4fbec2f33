package app.quarry.classroom.ui;

import app.quarry.bank.QuestionId;
import app.quarry.bank.QuestionFilter;
import app.quarry.bank.QuestionStatus;
import app.quarry.bank.StoredQuestion;
import app.quarry.base.ui.ShortcutHelp;
import app.quarry.classroom.Actor;
import app.quarry.classroom.CurrentActor;
import app.quarry.classroom.GiftImports;
import app.quarry.classroom.QuestionReviewService;
import app.quarry.classroom.StudyRecords;
import app.quarry.corpus.CorpusService;
import app.quarry.corpus.DocumentTitle;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridMultiSelectionModel;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;

/**
 * The bank for teachers: questions by status and document, several approved or retired at
 * once (see {@link BulkReview}), each opened to edit; GIFT and Moodle XML exchange. The
 * filters are kept in the address and the session ({@link ReviewFilters}).
 */
@Route(ClassroomRoutes.QUESTIONS)
@PageTitle("Review questions · Quarry")
@Menu(order = 41, title = "Review questions")
@RolesAllowed({ "TEACHER", "ADMIN" })
class QuestionReviewView extends Main implements BeforeEnterObserver {

	/** Up to this many questions are listed at full length, without a scroll box. */
	static final int SHORT_LIST = 12;

	private final QuestionReviewService review;

	private final CurrentActor actor;

	private final Grid<StoredQuestion> grid = new Grid<>();

	private final Select<QuestionStatus> status = new Select<>();

	private final ComboBox<DocumentTitle> document = new ComboBox<>("Document");

	private final Paragraph empty = new Paragraph();

	private final BulkReview bulk;

	private boolean entering;

	private final StudyRecords study;

	private java.util.Map<QuestionId, Long> flags = java.util.Map.of();

	QuestionReviewView(QuestionReviewService review, GiftImports imports, CurrentActor actor, CorpusService corpus,
			StudyRecords study) {
		this.study = study;
		this.review = review;
		this.actor = actor;
		addClassName("page");
		this.document.setItems(corpus.titles());
		this.document.setItemLabelGenerator(DocumentTitle::title);
		this.document.setClearButtonVisible(true);
		this.document.setPlaceholder("Any document");
		this.document.addValueChangeListener(change -> filtersChanged());
		this.status.setLabel("Status");
		this.status.setItems(QuestionStatus.values());
		this.status.setItemLabelGenerator(ShownLabels::status);
		this.status.setValue(QuestionStatus.DRAFT);
		this.status.addValueChangeListener(change -> filtersChanged());
		this.grid.setId("review-grid");
		// the box that selects every listed question, shown for in-memory lists only
		// unless
		// asked for: it reads the whole filtered list, which is what approving all of a
		// document's drafts needs
		((GridMultiSelectionModel<StoredQuestion>) this.grid.setSelectionMode(Grid.SelectionMode.MULTI))
			.setSelectAllCheckboxVisibility(GridMultiSelectionModel.SelectAllCheckboxVisibility.VISIBLE);
		this.grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
		this.grid
			.addComponentColumn(q -> new Anchor(ClassroomRoutes.question(q.question().id()), q.question().prompt()))
			.setHeader("Question (open to edit)")
			.setSortProperty("prompt")
			.setFlexGrow(3)
			.setWidth("14em");
		this.grid.addColumn(q -> q.question().answer()).setHeader("Answer").setSortProperty("answer").setWidth("8em");
		this.grid.addColumn(q -> ShownLabels.format(q.question().format())).setHeader("Format").setAutoWidth(true);
		this.grid.addColumn(q -> ShownLabels.type(q.question().type())).setHeader("Asks for").setAutoWidth(true);
		this.grid.addColumn(StoredQuestion::version).setHeader("Version").setSortProperty("version").setAutoWidth(true);
		// learners flag bad questions from the study page; the count says how many did
		this.grid.addColumn(q -> flagged(q.id())).setHeader("Flagged by").setKey("flags").setAutoWidth(true);
		this.grid.setHeight("28em");
		this.grid.getElement().setAttribute("aria-label", "Questions");
		this.bulk = new BulkReview(this.grid, (ids, to) -> review.reviewAll(actor.get(), ids, to), this::refresh);
		this.empty.setId("review-empty");
		HorizontalLayout filters = new HorizontalLayout(this.status, this.document);
		filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
		filters.setWrap(true);
		ShortcutHelp.register(this, "Space", "Select or unselect the question row that has the focus");
		ShortcutHelp.register(this, "Alt + A", "Approve the selected questions");
		ShortcutHelp.register(this, "Alt + R", "Retire the selected questions");
		add(new H1("Review questions"), filters, this.bulk, this.empty, this.grid, new GiftExchange(review, imports,
				actor, () -> review.idsWithStatus(actor.get(), this.status.getValue(), filter()), this::refresh));
		refresh();
	}

	/**
	 * The filters from the address, else as last left in this session, else drafts of any
	 * document: the summary of an added document links here to its drafts.
	 */
	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		QueryParameters asked = event.getLocation().getQueryParameters();
		ReviewFilters filters = ReviewFilters.of(asked, VaadinSession.getCurrent());
		if (!asked.getParameters().equals(filters.query().getParameters())) {
			// the address shows the filters in force, so it can be kept or shared
			event.forwardTo(ClassroomRoutes.QUESTIONS, filters.query());
			return;
		}
		this.entering = true;
		try {
			this.status.setValue(filters.status());
			this.document.setValue(this.document.getListDataView()
				.getItems()
				.filter(d -> d.id().equals(filters.document()))
				.findFirst()
				.orElse(null));
		}
		finally {
			this.entering = false;
		}
		filtersChanged();
	}

	private QuestionFilter filter() {
		DocumentTitle chosen = this.document.getValue();
		return new QuestionFilter(null, null, (chosen != null) ? chosen.id() : null, null);
	}

	private ReviewFilters filters() {
		DocumentTitle chosen = this.document.getValue();
		return new ReviewFilters(this.status.getValue(), (chosen != null) ? chosen.id() : null);
	}

	private void filtersChanged() {
		if (this.entering) {
			return;
		}
		ReviewFilters filters = filters();
		filters.remember(VaadinSession.getCurrent());
		getUI().ifPresent(ui -> ui.getPage()
			.getHistory()
			.replaceState(null, ClassroomRoutes.QUESTIONS + "?" + filters.query().getQueryString()));
		refresh();
	}

	private String flagged(QuestionId questionId) {
		long count = this.flags.getOrDefault(questionId, 0L);
		return (count == 0) ? "" : count + ((count == 1) ? " learner" : " learners");
	}

	/**
	 * Lists the questions as the filters now say, a page at a time as the grid scrolls: a
	 * document's worth of drafts can run to hundreds.
	 */
	private void refresh() {
		this.flags = this.study.flagCounts();
		Actor teacher = this.actor.get();
		QuestionStatus listed = this.status.getValue();
		QuestionFilter filter = filter();
		long count = this.review.countWithStatus(teacher, listed, filter);
		this.grid
			.setItems(query -> this.review
				.withStatus(teacher, listed, filter, VaadinSpringDataHelpers.toSpringPageRequest(query))
				.stream(), query -> (int) this.review.countWithStatus(teacher, listed, filter))
			// a question stays selected while the page holding it is read again
			.setIdentifierProvider(q -> q.question().id());
		this.grid.setVisible(count > 0);
		// a short list without a tall empty box below it; a long one scrolls inside
		this.grid.setAllRowsVisible(count <= SHORT_LIST);
		this.empty.setVisible(count == 0);
		this.empty.setText(EmptyReview.text(listed, this.document.getValue() != null));
		this.bulk.show(listed);
	}

}
