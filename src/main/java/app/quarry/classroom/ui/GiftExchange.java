package app.quarry.classroom.ui;

import app.quarry.bank.QuestionId;
import app.quarry.classroom.CurrentActor;
import app.quarry.base.ui.BoundedUpload;
import app.quarry.classroom.GiftImport;
import app.quarry.classroom.GiftImports;
import app.quarry.classroom.QuestionReviewService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.shared.Registration;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The review page's exchange with Moodle: the listed questions exported as GIFT or Moodle
 * XML, and a GIFT file imported as drafts.
 */
class GiftExchange extends Div {

	/** GIFT files are small text; 1 MiB is thousands of questions. */
	static final int MAX_GIFT_BYTES = 1024 * 1024;

	private final QuestionReviewService review;

	private final CurrentActor actor;

	/** How often the page asks how far an import has come. */
	static final int POLL_MILLIS = 500;

	private final Paragraph importOutcome = new Paragraph();

	private final Runnable imported;

	private final ProgressBar importProgress = new ProgressBar();

	private final GiftImports imports;

	private @Nullable Registration polling;

	/**
	 * @param listed the ids of the questions the page lists
	 * @param imported called after an import, to list the new drafts
	 */
	GiftExchange(QuestionReviewService review, GiftImports imports, CurrentActor actor, Supplier<List<String>> listed,
			Runnable imported) {
		this.review = review;
		this.imports = imports;
		this.actor = actor;
		this.imported = imported;
		Anchor gift = new Anchor(download(listed, "questions.gift", "text/plain; charset=utf-8", true),
				"Export the listed questions as GIFT");
		Anchor xml = new Anchor(download(listed, "questions.xml", "application/xml", false),
				"Export the listed questions as Moodle XML");
		Upload upload = new Upload(new BoundedUpload(MAX_GIFT_BYTES, this::received, (event,
				reason) -> show(event.getUI(), event.getFileName() + " was refused: the file " + reason + ".")));
		upload.setAcceptedFileTypes(".gift", ".txt");
		upload.setMaxFileSize(MAX_GIFT_BYTES);
		upload.addFileRejectedListener(rejected -> this.importOutcome.setText(rejected.getFileName() + " was refused: "
				+ rejected.getErrorMessage() + " (GIFT files of up to 1 MiB, .gift or .txt)."));
		this.importOutcome.setId("gift-outcome");
		this.importProgress.setId("gift-progress");
		this.importProgress.setVisible(false);
		add(gift, new Paragraph(), xml, new H2("Import GIFT"),
				new Paragraph("Imported questions arrive as drafts. A file with any error imports nothing; "
						+ "each error names its line."),
				upload, this.importProgress, this.importOutcome);
	}

	/**
	 * Runs on the upload's request with at most {@link #MAX_GIFT_BYTES} bytes; starts the
	 * import in the background, which the page then follows by polling.
	 */
	private void received(UploadEvent event, byte[] data) {
		String fileName = event.getFileName();
		UI ui = event.getUI();
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(data))
				.toString();
		}
		catch (CharacterCodingException ex) {
			event.reject("not UTF-8 text");
			show(ui, fileName + " was refused: it is not UTF-8 text.");
			return;
		}
		GiftImports.Job job = this.imports.start(this.actor.get(), fileName, text);
		ui.access(() -> follow(ui, fileName, job));
	}

	private void follow(UI ui, String fileName, GiftImports.Job job) {
		this.importOutcome.setText("Importing " + fileName + "\u2026");
		this.importProgress.setIndeterminate(true);
		this.importProgress.setVisible(true);
		if (this.polling != null) {
			this.polling.remove();
		}
		this.polling = ui.addPollListener(poll -> progress(ui, fileName, job));
		ui.setPollInterval(POLL_MILLIS);
		progress(ui, fileName, job);
	}

	/** Shows how far the import has come; once it is over, what it did. */
	void progress(UI ui, String fileName, GiftImports.Job job) {
		if (!job.outcome().isDone()) {
			if (job.total() > 0) {
				this.importProgress.setIndeterminate(false);
				this.importProgress.setValue((double) job.done() / job.total());
				this.importOutcome
					.setText("Importing " + fileName + ": " + job.done() + " of " + job.total() + " questions\u2026");
			}
			return;
		}
		if (this.polling != null) {
			this.polling.remove();
			this.polling = null;
		}
		ui.setPollInterval(-1);
		this.importProgress.setVisible(false);
		this.importOutcome.setText(outcome(fileName, job));
		this.imported.run();
	}

	private static String outcome(String fileName, GiftImports.Job job) {
		GiftImport result;
		try {
			result = job.outcome().join();
		}
		catch (CompletionException | CancellationException ex) {
			Throwable cause = (ex.getCause() != null) ? ex.getCause() : ex;
			return fileName + " was not imported, nothing was added: " + cause.getMessage();
		}
		if (!result.problems().isEmpty()) {
			return fileName + " was not imported: "
					+ result.problems().stream().map(Object::toString).collect(Collectors.joining("; "));
		}
		return fileName + ": " + result.added() + " drafts added, " + result.alreadyPresent() + " already in the bank.";
	}

	private void show(UI ui, String message) {
		ui.access(() -> this.importOutcome.setText(message));
	}

	private DownloadHandler download(Supplier<List<String>> listed, String name, String type, boolean gift) {
		return DownloadHandler.fromInputStream(event -> {
			List<QuestionId> ids = listed.get().stream().map(QuestionId::of).toList();
			String text = gift ? this.review.exportGift(this.actor.get(), ids)
					: this.review.exportMoodleXml(this.actor.get(), ids);
			byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
			return new DownloadResponse(new ByteArrayInputStream(bytes), name, type, bytes.length);
		});
	}

}
