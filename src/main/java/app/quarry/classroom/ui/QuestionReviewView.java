package app.quarry.classroom.ui;

import app.quarry.bank.QuestionFilter;
import app.quarry.bank.QuestionStatus;
import app.quarry.bank.StoredQuestion;
import app.quarry.classroom.CurrentActor;
import app.quarry.classroom.GiftImport;
import app.quarry.classroom.QuestionReviewService;
import app.quarry.corpus.CorpusService;
import app.quarry.corpus.DocumentTitle;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The bank for teachers: questions by status with links to review each; GIFT import as
 * drafts; GIFT and Moodle XML export of the listed questions.
 */
@Route(ClassroomRoutes.QUESTIONS)
@PageTitle("Review questions · Quarry")
@Menu(order = 41, title = "Review questions")
@RolesAllowed({ "TEACHER", "ADMIN" })
class QuestionReviewView extends Main implements BeforeEnterObserver {

	/** GIFT files are small text; 1 MiB is thousands of questions. */
	static final int MAX_GIFT_BYTES = 1024 * 1024;

	private final QuestionReviewService review;

	private final CurrentActor actor;

	private final Grid<StoredQuestion> grid = new Grid<>();

	private final Select<QuestionStatus> status = new Select<>();

	private final ComboBox<DocumentTitle> document = new ComboBox<>("Document");

	private final Paragraph importOutcome = new Paragraph();

	QuestionReviewView(QuestionReviewService review, CurrentActor actor, CorpusService corpus) {
		this.review = review;
		this.actor = actor;
		addClassName("page");
		this.document.setItems(corpus.titles());
		this.document.setItemLabelGenerator(DocumentTitle::title);
		this.document.setClearButtonVisible(true);
		this.document.setPlaceholder("Any document");
		this.document.addValueChangeListener(change -> refresh());
		this.status.setLabel("Status");
		this.status.setItems(QuestionStatus.values());
		this.status.setValue(QuestionStatus.DRAFT);
		this.status.addValueChangeListener(change -> refresh());
		this.grid.addComponentColumn(q -> new Anchor(ClassroomRoutes.question(q.question().id()), q.question().id()))
			.setHeader("Id")
			.setAutoWidth(true);
		this.grid.addColumn(q -> q.question().format()).setHeader("Format");
		this.grid.addColumn(q -> q.question().prompt()).setHeader("Question").setFlexGrow(3);
		this.grid.addColumn(q -> q.question().answer()).setHeader("Answer");
		this.grid.addColumn(StoredQuestion::version).setHeader("Version");
		this.grid.setHeight("28em");
		Anchor gift = new Anchor(download("questions.gift", "text/plain; charset=utf-8", true), "Export as GIFT");
		Anchor xml = new Anchor(download("questions.xml", "application/xml", false), "Export as Moodle XML");
		Upload upload = new Upload(UploadHandler.inMemory((metadata, data) -> {
			UI ui = UI.getCurrent();
			String outcome = importGift(metadata.fileName(), data);
			if (ui != null) {
				ui.access(() -> {
					this.importOutcome.setText(outcome);
					refresh();
				});
			}
			else {
				this.importOutcome.setText(outcome);
			}
		}));
		upload.setAcceptedFileTypes(".gift", ".txt");
		upload.setMaxFileSize(MAX_GIFT_BYTES);
		upload.addFileRejectedListener(rejected -> this.importOutcome.setText(rejected.getFileName() + " was refused: "
				+ rejected.getErrorMessage() + " (GIFT files of up to 1 MiB, .gift or .txt)."));
		this.importOutcome.setId("gift-outcome");
		add(new H1("Review questions"), new HorizontalLayout(this.status, this.document), this.grid, gift,
				new Paragraph(), xml, new H2("Import GIFT"),
				new Paragraph("Imported questions arrive as drafts. A file with any error imports nothing; "
						+ "each error names its line."),
				upload, this.importOutcome);
		refresh();
	}

	private String importGift(String fileName, byte[] data) {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(data))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return fileName + " was refused: it is not UTF-8 text.";
		}
		GiftImport result = this.review.importGift(this.actor.get(), fileName, text);
		if (!result.problems().isEmpty()) {
			return fileName + " was not imported: "
					+ result.problems().stream().map(Object::toString).collect(Collectors.joining("; "));
		}
		return fileName + ": " + result.added() + " drafts added, " + result.alreadyPresent() + " already in the bank.";
	}

	private DownloadHandler download(String name, String type, boolean gift) {
		return DownloadHandler.fromInputStream(event -> {
			List<String> ids = shown().stream().map(q -> q.question().id()).toList();
			String text = gift ? this.review.exportGift(this.actor.get(), ids)
					: this.review.exportMoodleXml(this.actor.get(), ids);
			byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
			return new DownloadResponse(new ByteArrayInputStream(bytes), name, type, bytes.length);
		});
	}

	/**
	 * {@code ?status=DRAFT&document=ID} preselects the filters: the summary of an added
	 * document links here to its drafts.
	 */
	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
		first(parameters, "status").flatMap(QuestionReviewView::status).ifPresent(this.status::setValue);
		first(parameters, "document").ifPresent(id -> this.document.getListDataView()
			.getItems()
			.filter(d -> d.id().equals(id))
			.findFirst()
			.ifPresent(this.document::setValue));
	}

	private static Optional<String> first(Map<String, List<String>> parameters, String name) {
		return parameters.getOrDefault(name, List.of()).stream().findFirst();
	}

	private static Optional<QuestionStatus> status(String name) {
		return Arrays.stream(QuestionStatus.values()).filter(s -> s.name().equalsIgnoreCase(name)).findFirst();
	}

	private List<StoredQuestion> shown() {
		DocumentTitle chosen = this.document.getValue();
		return this.review.withStatus(this.actor.get(), this.status.getValue(),
				new QuestionFilter(null, null, (chosen != null) ? chosen.id() : null, null));
	}

	private void refresh() {
		this.grid.setItems(shown());
	}

}
