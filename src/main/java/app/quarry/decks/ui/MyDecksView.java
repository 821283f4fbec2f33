package app.quarry.decks.ui;

import app.quarry.account.AccountService;
import app.quarry.corpus.DocumentRefusedException;
import app.quarry.decks.DeckFormat;
import app.quarry.decks.DeckImport;
import app.quarry.decks.DeckExchange;
import app.quarry.decks.DeckService;
import app.quarry.decks.DeckSummary;
import app.quarry.decks.exchange.DeckFormatException;
import app.quarry.generation.upload.GenerationJob;
import app.quarry.study.DocumentMastery;
import app.quarry.study.ProgressService;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A learner's own decks: make one from a document (pasted or a file), import one from
 * Anki, Quizlet or a CSV file, or start an empty one for cards written by hand; open or
 * study each.
 */
@Route(DeckRoutes.DECKS)
@PageTitle("My decks · Quarry")
@Menu(order = 11, title = "My decks")
@PermitAll
class MyDecksView extends Main {

	private static final Logger log = LoggerFactory.getLogger(MyDecksView.class);

	private static final int MAX_FILE_BYTES = 50 * 1024 * 1024;

	private final DeckService decks;

	private final DeckExchange exchange;

	private final Grid<DeckSummary> grid = new Grid<>(DeckSummary.class, false);

	private final TextField title = new TextField("Title (optional)");

	private final TextArea pasted = new TextArea("Paste text");

	private final Paragraph documentOutcome = new Paragraph();

	private final Select<DeckFormat> format = new Select<>();

	private final SeparatorChoice separators = new SeparatorChoice();

	private final Paragraph importOutcome = new Paragraph();

	private final TextField deckName = new TextField("Name");

	private final List<Long> jobs = new ArrayList<>();

	private Registration polling;

	private Map<String, DocumentMastery> shownMastery = Map.of();

	private final Supplier<Map<String, DocumentMastery>> mastery;

	MyDecksView(DeckService decks, DeckExchange exchange, ProgressService progress, AccountService accounts) {
		this.decks = decks;
		this.exchange = exchange;
		long learnerId = accounts.current().orElseThrow(() -> new IllegalStateException("not logged in")).id().value();
		this.mastery = () -> progress.mastery(learnerId)
			.stream()
			.collect(Collectors.toMap(DocumentMastery::documentId, m -> m, (a, b) -> a));
		addClassName("page");
		this.grid.setId("decks");
		this.grid
			.setEmptyStateText("No decks yet: make one from a document, write cards by hand or import a deck below.");
		this.grid.addComponentColumn(deck -> new Anchor(DeckRoutes.deck(deck.id()), deck.title()))
			.setHeader("Deck")
			.setFlexGrow(3);
		this.grid.addColumn(DeckSummary::drafts).setHeader("Drafts to review");
		this.grid.addColumn(DeckSummary::approved).setHeader("Cards");
		this.grid.addColumn(deck -> mastered(deck.id())).setHeader("Mastered").setKey("mastered");
		this.grid.addComponentColumn(deck -> new Anchor(DeckRoutes.study(deck.id()), "Study")).setHeader("");
		this.grid.setAllRowsVisible(true);
		add(new H1("My decks"), new Paragraph("Your decks are yours alone: nobody else sees them or their cards."),
				this.grid);
		addDocumentSection();
		addImportSection();
		addNewDeckSection();
		refresh();
	}

	private void addDocumentSection() {
		this.pasted.setId("pasted-text");
		this.pasted.setWidthFull();
		this.title.setId("document-title");
		this.documentOutcome.setId("document-outcome");
		Button fromText = new Button("Make a deck from the text",
				click -> addDocument("pasted.txt", this.pasted.getValue().getBytes(StandardCharsets.UTF_8)));
		fromText.setId("add-pasted");
		Upload upload = new Upload(
				UploadHandler.inMemory((metadata, data) -> onUi(() -> addDocument(metadata.fileName(), data))));
		upload.setId("document-file");
		upload.setAcceptedFileTypes(".txt", ".md", ".html", ".htm", ".pdf", ".docx");
		upload.setMaxFileSize(MAX_FILE_BYTES);
		upload.addFileRejectedListener(rejected -> this.documentOutcome
			.setText(rejected.getFileName() + " was refused: " + rejected.getErrorMessage()));
		add(new H2("Make a deck from a document"),
				new Paragraph("Paste text, or upload a .txt, .md, .html, .pdf or .docx file. Questions are generated "
						+ "in the background and arrive as drafts for you to approve, edit or delete."),
				this.title, this.pasted, fromText, upload, this.documentOutcome);
	}

	private void addImportSection() {
		this.format.setId("import-format");
		this.format.setLabel("File type");
		this.format.setItems(DeckFormat.values());
		this.format.setItemLabelGenerator(DeckFormat::label);
		this.format.setValue(DeckFormat.ANKI);
		this.separators.setVisible(false);
		this.format
			.addValueChangeListener(change -> this.separators.setVisible(change.getValue() == DeckFormat.QUIZLET));
		this.importOutcome.setId("import-outcome");
		Upload upload = new Upload(
				UploadHandler.inMemory((metadata, data) -> onUi(() -> importFile(metadata.fileName(), data))));
		upload.setId("import-file");
		upload.setAcceptedFileTypes(".apkg", ".csv", ".txt");
		upload.setMaxFileSize(MAX_FILE_BYTES);
		upload.addFileRejectedListener(rejected -> this.importOutcome
			.setText(rejected.getFileName() + " was refused: " + rejected.getErrorMessage()));
		add(new H2("Import a deck"),
				new Paragraph("From Anki (File \u203a Export \u203a Anki Deck Package, with \u201cSupport older Anki "
						+ "versions\u201d ticked; review history comes along), Quizlet (Export, with the separators "
						+ "chosen there) or a CSV file whose first row names the columns, e.g. front,back."),
				this.format, this.separators, upload, this.importOutcome);
	}

	private void addNewDeckSection() {
		this.deckName.setId("new-deck-name");
		Button create = new Button("Create", click -> newDeck());
		create.setId("create-deck");
		add(new H2("Write cards by hand"), new Paragraph("Start an empty deck, then add front/back or cloze cards."),
				this.deckName, create);
	}

	/** Adds a document from a file or pasted text; package-private for tests. */
	void addDocument(String fileName, byte[] bytes) {
		try {
			long job = this.decks.addDocument(fileName, bytes, this.title.getValue());
			this.jobs.add(job);
			this.pasted.clear();
			this.title.clear();
			this.documentOutcome.setText(fileName + " was added; its questions are being generated\u2026");
			startPolling();
		}
		catch (DocumentRefusedException ex) {
			this.documentOutcome.setText(ex.refusal().file() + " was refused: " + ex.refusal().reason() + ".");
		}
		refresh();
	}

	/** Imports a deck file in the chosen format; package-private for tests. */
	void importFile(String fileName, byte[] bytes) {
		try {
			DeckImport imported = this.exchange.importDeck(fileName, bytes, this.format.getValue(),
					this.separators.value());
			this.importOutcome.setText(imported.title() + ": " + imported.cards() + " cards imported"
					+ (imported.withHistory() > 0 ? ", " + imported.withHistory() + " with their review history" : "")
					+ (imported.skipped().isEmpty() ? "."
							: "; left out " + imported.skipped().size() + " (" + imported.skipped().get(0) + ")."));
		}
		catch (DeckFormatException | IllegalArgumentException ex) {
			this.importOutcome.setText(fileName + " was not imported: " + ex.getMessage());
		}
		catch (RuntimeException ex) {
			log.error("import of {} failed", fileName, ex);
			this.importOutcome.setText(fileName + " was not imported: something went wrong on our side.");
		}
		refresh();
	}

	private void newDeck() {
		try {
			String id = this.decks.newDeck(this.deckName.getValue());
			getUI().ifPresent(ui -> ui.navigate(DeckRoutes.deck(id)));
		}
		catch (IllegalArgumentException ex) {
			this.deckName.setInvalid(true);
			this.deckName.setErrorMessage(ex.getMessage());
		}
	}

	SeparatorChoice separators() {
		return this.separators;
	}

	Select<DeckFormat> format() {
		return this.format;
	}

	String importOutcome() {
		return this.importOutcome.getText();
	}

	String documentOutcome() {
		return this.documentOutcome.getText();
	}

	/** "mastered 12 of 40": cards remembered three weeks or more, of those studied. */
	private String mastered(String deckId) {
		DocumentMastery deck = this.shownMastery.get(deckId);
		return (deck == null || deck.questions() == 0) ? "" : "mastered " + deck.mature() + " of " + deck.questions();
	}

	/** Reloads the list and says how far generation got. */
	void refresh() {
		this.shownMastery = this.mastery.get();
		this.grid.setItems(this.decks.decks());
		if (this.jobs.isEmpty()) {
			return;
		}
		List<GenerationJob> states = this.decks.jobs(this.jobs);
		if (states.stream().allMatch(job -> job.stage().finished())) {
			this.jobs.clear();
			GenerationJob last = states.get(states.size() - 1);
			this.documentOutcome.setText(last.failure() != null ? last.title() + ": " + last.failure()
					: last.title() + ": " + last.addedCount() + " draft questions are ready to review.");
			getUI().ifPresent(ui -> ui.setPollInterval(-1));
		}
	}

	private void startPolling() {
		getUI().ifPresent(ui -> ui.setPollInterval(2000));
	}

	private void onUi(Runnable action) {
		UI ui = UI.getCurrent();
		if (ui != null) {
			ui.access(action::run);
		}
		else {
			action.run();
		}
	}

	@Override
	protected void onAttach(AttachEvent event) {
		this.polling = event.getUI().addPollListener(poll -> refresh());
	}

	@Override
	protected void onDetach(DetachEvent event) {
		if (this.polling != null) {
			this.polling.remove();
		}
		event.getUI().setPollInterval(-1);
	}

}
