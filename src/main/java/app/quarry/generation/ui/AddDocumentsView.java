package app.quarry.generation.ui;

import app.quarry.base.ui.BoundedUpload;
import app.quarry.corpus.DocumentCheck;
import app.quarry.corpus.DocumentRefusal;
import app.quarry.corpus.DocumentRefusedException;
import app.quarry.generation.upload.CheckedFile;
import app.quarry.generation.upload.DocumentUploadService;
import app.quarry.generation.upload.GenerationJob;
import app.quarry.generation.upload.UploadBatch;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadFormat;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Teachers add documents: upload {@code .txt}/{@code .md} files, correct each one's title
 * and date, and add them; questions are generated in the background while the page polls
 * for progress (polling needs nothing beyond the committed front-end bundle), and a
 * summary follows. Each refused file is listed with its reason; the others go on.
 */
@Route(GenerationRoutes.ADD_DOCUMENTS)
@PageTitle("Add documents · Quarry")
@Menu(order = 42, title = "Add documents")
@RolesAllowed({ "TEACHER", "ADMIN" })
class AddDocumentsView extends Main {

	static final int POLL_MILLIS = 1000;

	private final DocumentUploadService uploads;

	private final Upload upload;

	private final PendingDocuments pending = new PendingDocuments(this::pendingChanged);

	private final Button addButton = new Button("Add and generate questions");

	private final UnorderedList refusedList = new UnorderedList();

	private final H2 refusedHeading = new H2("Files refused");

	private final Paragraph nothingPending = new Paragraph(
			"Files you upload are listed here, to check their " + "titles and dates before they are added.");

	private final List<DocumentRefusal> refused = new ArrayList<>();

	private final List<Long> jobIds = new ArrayList<>();

	private final GenerationProgressPanel progress = new GenerationProgressPanel();

	private final GenerationSummary summary = new GenerationSummary();

	private Registration polling;

	AddDocumentsView(DocumentUploadService uploads) {
		this.uploads = uploads;
		addClassName("page");
		this.upload = new Upload(new BoundedUpload(DocumentCheck.MAX_BYTES, this::receive,
				(event, reason) -> refused(event, new DocumentRefusal(event.getFileName(), reason))));
		this.upload.setId("document-upload");
		this.upload.setUploadFormat(UploadFormat.RAW);
		this.upload.setAcceptedFileTypes(".txt", ".md");
		this.upload.setMaxFileSize(DocumentCheck.MAX_BYTES);
		// a file the server refuses is answered 403; the reason is in the list below
		this.upload.setI18n(new UploadI18N().setUploading(new UploadI18N.Uploading()
			.setError(new UploadI18N.Uploading.Error().setForbidden("Refused: see why under Files refused"))));
		this.upload.addFileRejectedListener(rejected -> refuse(
				new DocumentRefusal(rejected.getFileName(), clientReason(rejected.getErrorMessage()))));
		this.refusedList.setId("refused-files");
		this.addButton.setId("add-documents");
		this.addButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.addButton.setEnabled(false);
		this.addButton.addClickListener(click -> addDocuments());
		add(new H1("Add documents"),
				new Paragraph("Upload news reports or letters as .txt or .md files (UTF-8 text, up to 2 MiB each). "
						+ "Check each one's title and date: relative dates in the text, such as \u201cyesterday\u201d, "
						+ "are read from that day. Questions are generated in the background and arrive as drafts "
						+ "for you to review."),
				this.upload, new H2("Files to add"), this.nothingPending, this.pending, this.addButton,
				this.refusedHeading, this.refusedList, this.progress, this.summary);
		this.refusedHeading.setVisible(false);
		pendingChanged();
	}

	/**
	 * Runs on the upload's request, not in the UI, with at most
	 * {@link DocumentCheck#MAX_BYTES} bytes: {@link BoundedUpload} refused a larger file
	 * before reading it all.
	 */
	private void receive(UploadEvent event, byte[] bytes) {
		String name = event.getFileName();
		Object outcome;
		try {
			outcome = this.uploads.check(name, bytes);
		}
		catch (DocumentRefusedException ex) {
			outcome = ex.refusal();
		}
		if (outcome instanceof DocumentRefusal refusal) {
			// the upload's own file list then marks the file as refused, not as uploaded
			event.reject(refusal.reason());
			refused(event, refusal);
			return;
		}
		CheckedFile file = (CheckedFile) outcome;
		event.getUI().access(() -> this.pending.add(file));
	}

	private void refused(UploadEvent event, DocumentRefusal refusal) {
		event.getUI().access(() -> refuse(refusal));
	}

	private void addDocuments() {
		UploadBatch batch = this.uploads.add(this.pending.documents());
		this.pending.clear();
		this.upload.clearFileList();
		batch.refused().forEach(this::refuse);
		this.jobIds.addAll(batch.jobIds());
		this.summary.setVisible(false);
		refreshProgress();
	}

	/**
	 * Shows the jobs' progress; once all are finished, the summary, and stops polling.
	 */
	void refreshProgress() {
		List<GenerationJob> jobs = this.uploads.jobs(this.jobIds);
		boolean finished = jobs.stream().allMatch(j -> j.stage().finished());
		if (!jobs.isEmpty()) {
			this.progress.show(jobs);
		}
		if (finished && (!jobs.isEmpty() || !this.refused.isEmpty())) {
			this.summary.show(jobs, this.refused);
			// the summary lists the refused files from now on
			this.refusedHeading.setVisible(false);
			this.refusedList.setVisible(false);
		}
		getUI().ifPresent(ui -> ui.setPollInterval(finished ? -1 : POLL_MILLIS));
	}

	private void refuse(DocumentRefusal refusal) {
		this.refused.add(refusal);
		this.refusedList.add(new ListItem(refusal.message()));
		this.refusedList.addClassName("form-error");
		this.refusedList.setVisible(true);
		this.refusedHeading.setVisible(true);
	}

	private void pendingChanged() {
		this.addButton.setEnabled(!this.pending.isEmpty());
		this.nothingPending.setVisible(this.pending.isEmpty());
		this.addButton.setText(
				this.pending.size() > 1 ? "Add " + this.pending.size() + " documents" : "Add and generate questions");
	}

	/** The browser's own refusal (before any upload) in the words the server uses. */
	private static String clientReason(String message) {
		String lower = message.toLowerCase(Locale.ROOT);
		if (lower.contains("big") || lower.contains("large")) {
			return "is too large (the limit is " + DocumentCheck.MAX_BYTES + " bytes, 2 MiB)";
		}
		if (lower.contains("type")) {
			return "unsupported file type (only .txt and .md documents are accepted)";
		}
		return "was refused by the browser (" + message + ")";
	}

	@Override
	protected void onAttach(AttachEvent event) {
		UI ui = event.getUI();
		this.polling = ui.addPollListener(poll -> refreshProgress());
	}

	@Override
	protected void onDetach(DetachEvent event) {
		if (this.polling != null) {
			this.polling.remove();
		}
		event.getUI().setPollInterval(-1);
	}

}
