package app.quarry.decks.ui;

import app.quarry.bank.QuestionId;
import app.quarry.bank.QuestionStatus;
import app.quarry.bank.StoredQuestion;
import app.quarry.decks.DeckFormat;
import app.quarry.decks.DeckExchange;
import app.quarry.decks.DeckService;
import app.quarry.decks.DeckSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.util.List;

/**
 * One of the learner's decks: write cards (front/back or cloze), review the drafts
 * generated from a document (approve, edit, delete), export the deck and study it.
 */
@Route(DeckRoutes.DECK)
@PageTitle("Deck · Quarry")
@PermitAll
class DeckView extends Main implements BeforeEnterObserver {

	private final DeckService decks;

	private final DeckExchange exchange;

	private final H1 heading = new H1();

	private final Grid<StoredQuestion> grid = new Grid<>();

	private final TextArea front = new TextArea(
			"Front, or a cloze text such as {{c1::Paris}} is the capital of France");

	private final TextArea back = new TextArea("Back (for a cloze card: optional extra)");

	private final Paragraph outcome = new Paragraph();

	private final SeparatorChoice separators = new SeparatorChoice();

	private final Div exports = new Div();

	private final Anchor study = new Anchor("", "Study this deck");

	private String deckId = "";

	DeckView(DeckService decks, DeckExchange exchange) {
		this.decks = decks;
		this.exchange = exchange;
		addClassName("page");
		this.front.setId("card-front");
		this.back.setId("card-back");
		this.front.setWidthFull();
		this.back.setWidthFull();
		this.outcome.setId("deck-outcome");
		this.study.setId("study-deck");
		Button addCard = new Button("Add card", click -> addCard());
		addCard.setId("add-card");
		addCard.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		Button approveAll = new Button("Approve all drafts", click -> {
			int approved = this.decks.approveAll(this.deckId);
			this.outcome.setText(approved + " drafts approved.");
			refresh();
		});
		approveAll.setId("approve-all");
		Button deleteDeck = new Button("Delete this deck…", click -> confirmDeletion());
		deleteDeck.setId("delete-deck");
		deleteDeck.addThemeVariants(ButtonVariant.LUMO_ERROR);
		this.grid.setId("deck-cards");
		this.grid.setEmptyStateText("No cards yet: add one above, or wait for the drafts of a document being read.");
		this.grid.addColumn(q -> q.question().prompt()).setHeader("Question").setFlexGrow(3);
		this.grid.addColumn(q -> q.question().answer()).setHeader("Answer").setFlexGrow(2);
		this.grid.addColumn(q -> q.status() == QuestionStatus.DRAFT ? "draft" : "").setHeader("Status");
		this.grid.addComponentColumn(this::actions).setHeader("");
		this.grid.setAllRowsVisible(true);
		add(this.heading, this.study, new H2("Add a card"), this.front, this.back, addCard, this.outcome,
				new H2("Cards"), approveAll, this.grid, new H2("Export"),
				new Paragraph("Approved cards leave as an Anki package (with your review history), a CSV file or "
						+ "Quizlet text with the separators below."),
				this.separators, this.exports, new H2("Delete"),
				new Paragraph("Deleting the deck deletes its cards and your review history of them, for good. "
						+ "Export it first to keep a copy."),
				deleteDeck);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		this.deckId = event.getRouteParameters().get("id").orElse("");
		List<DeckSummary> mine = this.decks.decks();
		DeckSummary deck = mine.stream().filter(d -> d.id().equals(this.deckId)).findFirst().orElse(null);
		if (deck == null) {
			// someone else's deck, or none: the same answer, so ids reveal nothing
			removeAll();
			add(new H1("No such deck"), new Paragraph("It is not one of your decks."),
					new Anchor(DeckRoutes.DECKS, "My decks"));
			return;
		}
		this.heading.setText(deck.title());
		this.study.setHref(DeckRoutes.study(this.deckId));
		this.exports.removeAll();
		for (DeckFormat format : DeckFormat.values()) {
			Anchor download = new Anchor(download(format), "Download as " + format.label());
			download.setId("export-" + format.name().toLowerCase(java.util.Locale.ROOT));
			this.exports.add(new Div(download));
		}
		refresh();
		event.getRouteParameters()
			.get("card")
			.flatMap(card -> this.decks.cards(this.deckId)
				.stream()
				.filter(q -> q.question().id().equals(card))
				.findFirst())
			.ifPresent(this::editFromStudy);
	}

	/**
	 * The study page's Edit: the card's editor over the deck, and back to studying once
	 * saved or cancelled.
	 */
	private void editFromStudy(StoredQuestion card) {
		CardEditDialog editor = new CardEditDialog(card, (prompt, answer) -> {
			this.decks.edit(card.id(), prompt, answer);
			refresh();
		});
		editor.addOpenedChangeListener(change -> {
			if (!change.isOpened()) {
				getUI().ifPresent(ui -> ui.getPage().getHistory().back());
			}
		});
		editor.open();
	}

	private void confirmDeletion() {
		ConfirmDialog confirm = new ConfirmDialog("Delete “" + this.heading.getText() + "”?",
				"Its cards and your review history of them will be gone for good.", "Delete", event -> deleteDeck());
		confirm.setConfirmButtonTheme("error primary");
		confirm.setCancelable(true);
		confirm.open();
	}

	/** Deletes the deck and goes back to the list; package-private for tests. */
	void deleteDeck() {
		try {
			this.decks.deleteDeck(this.deckId);
			getUI().ifPresent(ui -> ui.navigate(DeckRoutes.DECKS));
		}
		catch (IllegalStateException | IllegalArgumentException ex) {
			this.outcome.setText(ex.getMessage());
		}
	}

	private DownloadHandler download(DeckFormat format) {
		String id = this.deckId;
		return DownloadHandler.fromInputStream(event -> {
			byte[] bytes = this.exchange.export(id, format, this.separators.value());
			String type = switch (format) {
				case ANKI -> "application/zip";
				case CSV -> "text/csv; charset=utf-8";
				case QUIZLET -> "text/plain; charset=utf-8";
			};
			return new DownloadResponse(new ByteArrayInputStream(bytes), this.exchange.exportName(id, format), type,
					bytes.length);
		});
	}

	/** Writes the card in the form; package-private for tests. */
	void addCard() {
		try {
			int made = this.decks.addCard(this.deckId, this.front.getValue(), this.back.getValue()).size();
			this.outcome.setText(made == 1 ? "Card added." : made + " cards added, one per cloze deletion.");
			this.front.clear();
			this.back.clear();
			refresh();
		}
		catch (IllegalArgumentException ex) {
			this.outcome.setText(ex.getMessage());
		}
	}

	private Div actions(StoredQuestion card) {
		QuestionId id = card.id();
		Div actions = new Div();
		if (card.status() == QuestionStatus.DRAFT) {
			actions.add(new Button("Approve", click -> {
				this.decks.approve(id);
				refresh();
			}));
		}
		actions.add(new Button("Edit", click -> new CardEditDialog(card, (prompt, answer) -> {
			this.decks.edit(id, prompt, answer);
			refresh();
		}).open()));
		Button delete = new Button("Delete", click -> {
			this.decks.delete(id);
			refresh();
		});
		delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
		actions.add(delete);
		return actions;
	}

	void refresh() {
		this.grid.setItems(this.decks.cards(this.deckId));
	}

	Grid<StoredQuestion> grid() {
		return this.grid;
	}

	TextArea front() {
		return this.front;
	}

	TextArea back() {
		return this.back;
	}

}
