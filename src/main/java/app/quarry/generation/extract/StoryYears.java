package app.quarry.generation.extract;

/**
 * The years a story with no date line is told in, kept apart from the pass that reads its
 * dates because both read the whole text: they are read on first use, since the pass that
 * looks only for a date line seldom needs them.
 */
final class StoryYears {

	private final DateRun run;

	/**
	 * The year a story with no date line says it looks back on (see ReviewedYear), or
	 * null.
	 */
	private Integer reviewed;

	/**
	 * The year a story with no date line is told in by the lists of figures it gives (see
	 * ContrastedYears), or null: its "this year", "next year" and "last year", but not
	 * its months, which may lie in the year before.
	 */
	private Integer toldIn;

	/** Whether {@link #reviewed} and {@link #toldIn} have been read. */
	private boolean read;

	StoryYears(DateRun run) {
		this.run = run;
	}

	Integer reviewed() {
		read();
		return this.reviewed;
	}

	Integer toldIn() {
		read();
		return this.toldIn;
	}

	private void read() {
		if (!this.read) {
			this.read = true;
			this.reviewed = this.run.refMonth == null ? ReviewedYear.of(this.run.doc) : null;
			this.toldIn = this.run.refMonth == null && this.reviewed == null ? ContrastedYears.of(this.run.doc) : null;
		}
	}

}
