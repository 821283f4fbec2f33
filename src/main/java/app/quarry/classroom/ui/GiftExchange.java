package app.quarry.classroom.ui;

import app.quarry.classroom.CurrentActor;
import app.quarry.classroom.GiftImport;
import app.quarry.classroom.QuestionReviewService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The review page's exchange with Moodle: the listed questions exported as GIFT or Moodle
 * XML, and a GIFT file imported as drafts.
 */
class GiftExchange extends Div {

	/** GIFT files are small text; 1 MiB is thousands of questions. */
	static final int MAX_GIFT_BYTES = 1024 * 1024;

	private final QuestionReviewService review;

	private final CurrentActor actor;

	private final Paragraph importOutcome = new Paragraph();

	/**
	 * @param listed the ids of the questions the page lists
	 * @param imported called after an import, to list the new drafts
	 */
	GiftExchange(QuestionReviewService review, CurrentActor actor, Supplier<List<String>> listed, Runnable imported) {
		this.review = review;
		this.actor = actor;
		Anchor gift = new Anchor(download(listed, "questions.gift", "text/plain; charset=utf-8", true),
				"Export the listed questions as GIFT");
		Anchor xml = new Anchor(download(listed, "questions.xml", "application/xml", false),
				"Export the listed questions as Moodle XML");
		Upload upload = new Upload(UploadHandler.inMemory((metadata, data) -> {
			UI ui = UI.getCurrent();
			String outcome = importGift(metadata.fileName(), data);
			if (ui != null) {
				ui.access(() -> {
					this.importOutcome.setText(outcome);
					imported.run();
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
		add(gift, new Paragraph(), xml, new H2("Import GIFT"),
				new Paragraph("Imported questions arrive as drafts. A file with any error imports nothing; "
						+ "each error names its line."),
				upload, this.importOutcome);
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

	private DownloadHandler download(Supplier<List<String>> listed, String name, String type, boolean gift) {
		return DownloadHandler.fromInputStream(event -> {
			List<String> ids = listed.get();
			String text = gift ? this.review.exportGift(this.actor.get(), ids)
					: this.review.exportMoodleXml(this.actor.get(), ids);
			byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
			return new DownloadResponse(new ByteArrayInputStream(bytes), name, type, bytes.length);
		});
	}

}
