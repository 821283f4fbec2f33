package app.quarry.corpus;

/** Thrown when a document cannot be taken in; carries the refusal to report. */
public class DocumentRefusedException extends Exception {

	private final DocumentRefusal refusal;

	public DocumentRefusedException(DocumentRefusal refusal) {
		super(refusal.message());
		this.refusal = refusal;
	}

	public DocumentRefusal refusal() {
		return this.refusal;
	}

}
