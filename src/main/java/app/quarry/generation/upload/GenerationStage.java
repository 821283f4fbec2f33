package app.quarry.generation.upload;

/**
 * How far the generation for an added document got. STORED: the document is in the corpus
 * and waits its turn; EXTRACTING, GENERATING and SAVING are under way; DONE and FAILED
 * are final. A job found in any other stage at start-up was interrupted and is run again.
 */
public enum GenerationStage {

	STORED("Stored, waiting"), EXTRACTING("Extracting facts"), GENERATING("Generating questions"),
	SAVING("Saving drafts"), DONE("Done"), FAILED("Failed");

	private final String label;

	GenerationStage(String label) {
		this.label = label;
	}

	/** What the stage is called on the page. */
	public String label() {
		return this.label;
	}

	/** Whether nothing more will happen to the job. */
	public boolean finished() {
		return this == DONE || this == FAILED;
	}

}
